import type { Strings } from '../en';

/** Español: findHelp. */
export const findHelp: Strings['findHelp'] = {
  askNeed: '¿Qué tipo de apoyo estás buscando? Por ejemplo, un grupo de apoyo, alguien con quien hablar o ayuda después de una pérdida.',
  needRetry: 'No estoy seguro de haberte entendido. Puedo buscar cualquiera de estas opciones, o dime en pocas palabras qué te ayudaría:',
  needSuggestions: ['Grupo de apoyo', 'Terapia', 'Duelo', 'Violencia doméstica', 'Agresión sexual', 'Veteranos', 'Adicciones'],
  needGiveUp: 'Por ahora te muestro apoyo general. Puedes contarme más cuando quieras.',
  askPlace: (need: string) =>
    `Gracias. ¿Dónde busco ${need}? Basta con una ciudad o un código postal. O di «en línea» para ayuda por teléfono o internet.`,
  placeRetry:
    'No encontré ese lugar. ¿Puedes probar con ciudad y estado, como «Austin, TX», o un código postal? También puedes decir «en línea».',
  placeSuggestions: ['En línea está bien'],
  placeGiveUp:
    'Sigo sin encontrar ese lugar, así que te muestro ayuda a la que puedes llegar desde cualquier sitio. Puedes decirme una ciudad o un código postal cuando quieras.',
  askWhichPlace: (options: string[]) =>
    `¿Te refieres a ${options.length > 1 ? `${options.slice(0, -1).join(', ')} o ${options.at(-1)}` : options[0]}?`,
  whichPlaceRetry: '¿Cuál de ellos? Puedes elegir uno abajo o escribir el estado.',
  somewhereElse: 'Otro lugar',
  confirmPlace: (place: string) => `Cerca de ${place}, ¿verdad?`,
  confirmYes: 'Sí',
  confirmNo: 'No, otro lugar',
  askPlaceAgain: 'Sin problema. ¿Dónde busco? Basta con una ciudad o un código postal, o di «en línea».',
  rememberedPlace: (place: string) => `Buscaré cerca de ${place}, el lugar que me pediste recordar.`,
  resultsNear: (need: string, place: string) => `Esto es lo que encontré de ${need} cerca de ${place}:`,
  resultsOnline: (need: string) => `Esto es lo que encontré de ${need} por teléfono o en línea:`,
  resultsNational: (need: string) =>
    `Esto es lo que encontré de ${need}. Algunos se reúnen en persona en grupos locales; cada tarjeta dice cómo contactarlos:`,
  alsoRemote: 'También puedes contactar con estos servicios desde cualquier lugar:',
  alsoNational: 'Estos servicios nacionales también pueden ayudarte; cada tarjeta dice cómo contactarlos:',
  widened: (km: number) => `No había nada muy cerca, así que busqué un poco más lejos, hasta ${km} km.`,
  noResults: (need: string) =>
    `Lo siento, todavía no tengo ${need} para ese lugar en mi directorio. Estos servicios funcionan desde cualquier lugar y pueden ayudarte a encontrar algo:`,
  nothingAtAll: (need: string, crisisLine: string) =>
    `Lo siento, todavía no tengo ${need} en mi directorio. Si quieres hablar con alguien ahora, ${crisisLine}. También puedes decirme otro tipo de apoyo u otro lugar.`,
  askNeedBrief: [
    'Entonces, ¿qué tipo de apoyo buscas?',
    'Cuando quieras: ¿qué tipo de apoyo te ayudaría?',
    '¿Qué tipo de apoyo busco para ti?',
  ],
  askPlaceBrief: [
    '¿Dónde busco? Basta con una ciudad o un código postal, o di «en línea».',
    '¿Cerca de qué ciudad o código postal busco? O di «en línea».',
    'Dime una ciudad o un código postal cuando quieras, o di «en línea».',
  ],
  askPlaceNearMe:
    'No puedo ver dónde estás, así que todavía no sé qué es «cerca de ti». ¿Me dices tu ciudad o tu código postal? O di «en línea» para ayuda por teléfono o internet.',
  askPlaceNearMeAgain: 'Para buscar cerca todavía necesito una ciudad o un código postal. También puedes decir «en línea».',
  useMyLocation: 'Usar mi ubicación',
  locationUnavailable: 'No pude obtener tu ubicación, y no pasa nada. ¿Puedes escribir tu ciudad o tu código postal? O di «en línea».',
  regionSearch: (region: string, km: number) =>
    `${region} es una zona grande, así que busqué alrededor de su centro, a unos ${km} km. Para ayuda más cerca, dime una ciudad o un código postal.`,
  offerPrompt: (need: string) => `Si quieres, puedo buscar ${need} cerca de ti o en línea. ¿Lo hago?`,
};
