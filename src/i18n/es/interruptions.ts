import type { Strings } from '../en';

/** Español: interruptions. */
export const interruptions: Strings['interruptions'] = {
  help: 'Te ayudo a encontrar grupos de apoyo, consejeros y otra ayuda, cerca de ti o en línea. Dime qué buscas y dónde. Puedes decir «empezar de nuevo», «cambiar de lugar», «in English», «olvídame» o «cancelar» cuando quieras.',
  cancelled: 'De acuerdo, lo dejo aquí. Cuando quieras, dime qué tipo de apoyo buscas.',
  startOver: 'Claro, empecemos de nuevo.',
  changeLocation: 'Claro. ¿Dónde busco entonces? Basta con una ciudad o un código postal, o di «en línea».',
  switchedLanguage: 'Claro, seguimos en español.',
  privacy: (hours: number, days: number) =>
    `Uso lo que escribes solo para buscarte ayuda, y nunca guardo tus mensajes en mis registros. Mientras hablamos, guardo el tipo de ayuda y la zona que pediste, para poder seguir la conversación; eso se borra ${hours} horas después de nuestra última conversación. Solo recuerdo tu lugar y tu idioma para la próxima vez si me dices que sí, y entonces durante ${days} días como máximo. Las opiniones se guardan sin nada que te identifique. Di «olvídame» cuando quieras y borro todo lo que guardo sobre ti.`,
  feedbackAsk:
    'Gracias. ¿Qué te gustaría contarle al equipo de Kindred? Con una o dos frases basta; por favor, no incluyas nombres ni datos de contacto.',
  feedbackThanks: 'Gracias. Lo he pasado al equipo, sin nada que te identifique.',
  forgetAsk:
    '¿Quieres que borre todo lo que guardo sobre ti: el lugar y el idioma que recuerdo, y esta conversación? No se puede deshacer.',
  forgetYes: 'Sí, bórralo',
  forgetNo: 'No, déjalo',
  forgotten: 'Listo. Borré todo lo que guardaba sobre ti. Sigo aquí si me necesitas.',
  notForgotten: 'De acuerdo, no he borrado nada.',
};
