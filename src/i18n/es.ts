import type { Strings } from './en';

/** Todas las frases en español que lee una persona. Misma forma que en.ts. */
export const es: Strings = {
  welcome: {
    intro:
      'Hola, soy Kindred. Soy un asistente automático que ayuda a encontrar grupos de apoyo, consejeros y otra ayuda después de algo difícil, cerca de ti o en línea.',
    notEmergency: (emergency: string, crisisLine: string) =>
      `No soy un servicio de emergencia. Si estás en peligro ahora mismo, llama al ${emergency}. Para hablar con alguien ahora, ${crisisLine}.`,
    start: 'Cuando quieras, cuéntame qué tipo de apoyo estás buscando.',
  },
  findHelp: {
    askNeed: '¿Qué tipo de apoyo estás buscando? Por ejemplo, un grupo de apoyo, alguien con quien hablar o ayuda después de una pérdida.',
    needRetry: 'Perdona, no te entendí bien. ¿Me lo dices en pocas palabras, o eliges una de estas opciones?',
    needSuggestions: ['Grupo de apoyo', 'Terapia', 'Duelo', 'Violencia doméstica', 'Agresión sexual', 'Veteranos', 'Adicciones'],
    askPlace: (need: string) =>
      `Gracias. ¿Dónde busco ${need}? Basta con una ciudad o un código postal. O di «en línea» para ayuda por teléfono o internet.`,
    placeRetry:
      'No encontré ese lugar. ¿Puedes probar con ciudad y estado, como «Austin, TX», o un código postal? También puedes decir «en línea».',
    placeSuggestions: ['En línea está bien'],
    askWhichPlace: (options: string) => `¿Te refieres a ${options}?`,
    searching: 'Déjame buscar.',
    resultsNear: (need: string, place: string) => `Esto es lo que encontré de ${need} cerca de ${place}:`,
    resultsOnline: (need: string) => `Esto es lo que encontré de ${need} por teléfono o en línea:`,
    alsoRemote: 'También puedes contactar con estos servicios desde cualquier lugar:',
    widened: (km: number) => `No había nada muy cerca, así que busqué un poco más lejos, hasta ${km} km.`,
    noResults: (need: string) =>
      `Lo siento, todavía no tengo ${need} para ese lugar en mi directorio. Estos servicios nacionales pueden ayudarte a encontrar algo:`,
    nothingAtAll: 'Lo siento, todavía no encontré nada para eso. Si quieres, dime otro tipo de apoyo u otro lugar.',
    next: '¿Quieres buscar otra cosa? Puedes decir «empezar de nuevo» cuando quieras.',
    nextSuggestions: ['Empezar de nuevo'],
  },
  resource: {
    online: 'En línea o por teléfono',
    kmAway: (km: string) => `a ${km} km`,
    cost: { free: 'Gratis', 'sliding-scale': 'Según ingresos', insurance: 'Acepta seguro', fee: 'De pago' },
    languages: 'Idiomas',
    lastVerified: (date: string) => `Revisado por última vez: ${date}`,
    call: 'Llamar',
    text: 'Mensaje de texto',
    website: 'Sitio web',
    directions: 'Cómo llegar',
    addressHidden: 'La dirección se comparte por teléfono, por seguridad',
  },
  needs: {
    'support-group': 'grupos de apoyo',
    therapy: 'terapia o consejería',
    'crisis-line': 'alguien con quien hablar ahora',
    'domestic-violence': 'apoyo por violencia doméstica',
    'sexual-assault': 'apoyo por agresión sexual',
    grief: 'apoyo en el duelo',
    'veterans-ptsd': 'apoyo para veteranos',
    'substance-use': 'apoyo con drogas o alcohol',
    'child-abuse-survivor': 'apoyo para sobrevivientes de abuso infantil',
    lgbtq: 'apoyo LGBTQ+',
    'legal-aid': 'ayuda legal',
    housing: 'ayuda con vivienda',
    'general-info': 'apoyo general',
  },
  interruptions: {
    help: 'Te ayudo a encontrar grupos de apoyo, consejeros y otra ayuda, cerca de ti o en línea. Dime qué buscas y dónde. Puedes decir «empezar de nuevo» o «cancelar» cuando quieras.',
    cancelled: 'De acuerdo, lo dejo aquí. Cuando quieras, dime qué tipo de apoyo buscas.',
    startOver: 'Claro, empecemos de nuevo.',
  },
  crisis: {
    heard:
      'Siento mucho que estés pasando por esto. Soy un asistente automático y quiero que hables con una persona que pueda ayudarte ahora mismo.',
    emergencyUs: 'Si estás en peligro ahora mismo, llama al 911.',
    line988Us: 'Llama al 988 y marca 2 para hablar en español, o envía AYUDA por mensaje de texto al 988. Es gratis, a cualquier hora.',
    askSafe: '¿Estás a salvo ahora mismo?',
    call988: 'Llamar al 988',
    call911: 'Llamar al 911',
    safeYes: 'Sí, estoy a salvo',
    safeNo: 'No estoy a salvo',
  },
  page: {
    title: 'Kindred: encuentra apoyo',
    note: (emergency: string, crisisLine: string) =>
      `Kindred es un asistente automático, no un servicio de emergencia. ¿Estás en peligro ahora? Llama al ${emergency}. Para hablar con alguien ahora, ${crisisLine}.`,
    chatLabel: 'Chatea con Kindred',
    connecting: 'Conectando con Kindred…',
    failed:
      'Lo siento, el chat no pudo empezar. Vuelve a cargar la página. Si necesitas ayuda ahora mismo, llama a tu número local de emergencias.',
  },
  errors: {
    turnFailed: (emergency: string, crisisLine: string) =>
      `Lo siento, algo falló de mi lado. Si necesitas ayuda ahora mismo, ${crisisLine}, o llama al ${emergency} en una emergencia. Puedes intentarlo de nuevo en un momento.`,
    crisisLineUs: 'llama al 988 y marca 2, o envía AYUDA al 988',
    emergencyUs: '911',
  },
};
