import type { Strings } from '../en';

/** Español: results. */
export const results: Strings['results'] = {
  askHelpful: '¿Te sirvió? También puedo mostrarte más, afinar la búsqueda o empezar de nuevo.',
  next: '¿Algo más? Puedo mostrarte más, afinar la búsqueda o empezar de nuevo.',
  helpfulYes: 'Sí, me sirvió',
  helpfulNo: 'No mucho',
  showMore: 'Ver más',
  refine: 'Afinar búsqueda',
  startOver: 'Empezar de nuevo',
  moreLikeThis: 'Más como este',
  reportProblem: 'Reportar un problema',
  details: 'Detalles',
  moreIntro: 'Aquí tienes más:',
  noMore: 'Eso es todo lo que tengo para esta búsqueda. Puedes afinarla, o decirme otro lugar u otro tipo de apoyo.',
  moreLike: (name: string) => `Aquí tienes más como ${name}:`,
  noMoreLike: (name: string) => `Todavía no encontré nada más como ${name}.`,
  refined: 'Esto es lo que se ajusta mejor:',
  refineNothing: 'No encontré nada que cumpla todo eso, así que te muestro lo más parecido:',
  askRefine:
    '¿Qué haría que se ajusten mejor? Por ejemplo: gratis, en persona, en línea, en grupo, individual, que hablen español o para veteranos.',
  refineSuggestions: ['Gratis', 'En persona', 'En línea', 'En grupo', 'Individual', 'Que hablen español', 'Veteranos', 'LGBTQ+', 'Mujeres'],
  refineRetry: 'No supe qué cambiar. Elige una de estas opciones o dímelo en pocas palabras.',
  pickAgain: (count: number) => `Te mostré ${count}. ¿Qué número quieres?`,
  thanksHelpful: 'Me alegra. Cuídate mucho, y vuelve cuando quieras.',
  thanksNotHelpful: 'Gracias por decírmelo, nos ayuda a mejorar. ¿Quieres afinar la búsqueda, ver más o reportar un problema con alguno?',
  notUnderstood:
    'No estoy seguro de haberte entendido. Puedes ver más, afinar la búsqueda, empezar de nuevo o decirme otra cosa que buscar.',
  notUnderstoodAgain: 'Perdona, sigo sin entenderte. Elige una de las opciones de abajo o dime en pocas palabras qué buscas.',
  notUnderstoodThird:
    'Puede que no esté entendiendo lo que necesitas, y no pasa nada. ¿Te sirve alguna de estas opciones, o empezamos de nuevo?',
  reportWhich: '¿Cuál tiene un problema? Dime su número, por ejemplo «el 2».',
  reportAsk: (name: string) => `¿Qué está mal en ${name}?`,
  reportReasons: {
    'wrong-phone': 'Teléfono equivocado',
    closed: 'Ya cerró',
    'wrong-details': 'Dirección u horario mal',
    'website-broken': 'La web no funciona',
    other: 'Otra cosa',
  },
  reportOther: 'Cuéntame en una frase qué está mal. Por favor, no incluyas nombres ni datos de contacto.',
  reportThanks: 'Gracias. Lo he pasado para que alguien revise ese servicio. No guardé nada sobre ti con el reporte.',
  plainHint: 'Di un número para ver detalles, «más como el 2» o «reportar el 2».',
};
