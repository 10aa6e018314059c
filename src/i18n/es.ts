import type { Strings } from './en';

/** Todas las frases en español que lee una persona. Misma forma que en.ts. */
export const es: Strings = {
  welcome: {
    intro:
      'Hola, soy Kindred. Soy un asistente automático que ayuda a encontrar grupos de apoyo, consejeros y otra ayuda después de algo difícil, cerca de ti o en línea.',
    notEmergency: (emergency: string, crisisLine: string) =>
      `No soy un servicio de emergencia. Si estás en peligro ahora mismo, llama al ${emergency}. Para hablar con alguien ahora, ${crisisLine}.`,
    start: 'Cuando quieras, cuéntame qué tipo de apoyo estás buscando.',
    welcomeBack: (place: string) =>
      `Qué bueno verte de nuevo. Me pediste que recordara ${place}, así que buscaré allí salvo que me digas otro lugar.`,
  },
  findHelp: {
    askNeed: '¿Qué tipo de apoyo estás buscando? Por ejemplo, un grupo de apoyo, alguien con quien hablar o ayuda después de una pérdida.',
    needRetry: 'Perdona, no te entendí bien. ¿Me lo dices en pocas palabras, o eliges una de estas opciones?',
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
  },
  results: {
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
    refineSuggestions: [
      'Gratis',
      'En persona',
      'En línea',
      'En grupo',
      'Individual',
      'Que hablen español',
      'Veteranos',
      'LGBTQ+',
      'Mujeres',
    ],
    refineRetry: 'No supe qué cambiar. Elige una de estas opciones o dímelo en pocas palabras.',
    pickAgain: (count: number) => `Te mostré ${count}. ¿Qué número quieres?`,
    thanksHelpful: 'Me alegra. Cuídate mucho, y vuelve cuando quieras.',
    thanksNotHelpful: 'Gracias por decírmelo, nos ayuda a mejorar. ¿Quieres afinar la búsqueda, ver más o reportar un problema con alguno?',
    notUnderstood:
      'No estoy seguro de lo que quieres decir. Puedes ver más, afinar la búsqueda, empezar de nuevo o decirme otra cosa que buscar.',
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
  },
  memory: {
    offer: (place: string | null, language: string, days: number) =>
      place
        ? `¿Quieres que recuerde ${place} y que hablamos en ${language} para la próxima vez? Guardaría solo esas dos cosas, ligadas a esta cuenta de chat, hasta que digas «olvídame» o durante ${days} días después de nuestra última conversación.`
        : `¿Quieres que recuerde que hablamos en ${language} para la próxima vez? Guardaría solo eso, ligado a esta cuenta de chat, hasta que digas «olvídame» o durante ${days} días después de nuestra última conversación.`,
    yes: 'Sí, recuérdalo',
    no: 'No, gracias',
    saved: 'Listo. La próxima vez empezaré desde ahí. Puedes decir «olvídame» cuando quieras.',
    notSaved: 'De acuerdo, no guardaré nada para la próxima vez.',
    languageNames: { en: 'inglés', es: 'español' },
  },
  resource: {
    online: 'En línea o por teléfono',
    modes: { 'in-person': 'En persona (grupos locales)', online: 'En línea', phone: 'Por teléfono', text: 'Por mensaje de texto' },
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
  },
  crisis: {
    heard: {
      general: 'Siento mucho que estés pasando por esto, y gracias por contármelo.',
      abuse: 'Siento mucho que te esté pasando esto. No es tu culpa, y mereces estar a salvo.',
      child: 'Lo siento mucho. La seguridad de un niño o una niña es lo primero, y quiero ayudarte a conseguir ayuda pronto.',
      thirdParty: 'Parece que te preocupa alguien, y me alegra que busques ayuda para esa persona.',
    },
    automated: 'Soy un asistente automático, no una persona, así que quiero ayudarte a contactar a alguien que pueda apoyarte ahora mismo.',
    emergency: {
      youNow: (numbers: string) => `Si estás en peligro inmediato, llama al ${numbers} ahora.`,
      youLater: (numbers: string) => `Si estás en peligro ahora mismo, llama al ${numbers}.`,
      someoneNow: (numbers: string) => `Si alguien está en peligro inmediato, llama al ${numbers} ahora.`,
      someoneLater: (numbers: string) => `Si alguien está en peligro ahora mismo, llama al ${numbers}.`,
    },
    channels: {
      call: (number: string) => `llama al ${number}`,
      callPress: (number: string, digit: string) => `llama al ${number} y marca ${digit}`,
      callOrText: (number: string) => `llama o envía un mensaje de texto al ${number}`,
      text: (number: string) => `envía un mensaje de texto al ${number}`,
      textKeyword: (keyword: string, number: string) => `envía ${keyword} al ${number}`,
      chat: (site: string) => `chatea en ${site}`,
      tty: (number: string) => `TTY ${number}`,
      email: (address: string) => `escribe a ${address}`,
    },
    // A comma before "o" keeps "llama al 988 y marca 2, o envía AYUDA al 988" readable.
    or: (items: string[]) => {
      if (items.length <= 1) return items.join('');
      const head = items.slice(0, -1).join(', ');
      const joiner = items.some((item) => / [yo] /.test(item)) ? ', o ' : ' o ';
      return `${head}${joiner}${items[items.length - 1]}`;
    },
    qualities: (free: boolean, allHours: boolean) =>
      free && allHours
        ? 'Es gratis, a cualquier hora del día o de la noche.'
        : free
          ? 'Es gratis.'
          : allHours
            ? 'A cualquier hora del día o de la noche.'
            : '',
    inLanguage: (languages: string) => `en ${languages}`,
    audiences: {
      'children-and-young-people': 'para niños, niñas y adolescentes',
      'adults-worried-about-a-child': 'para personas adultas preocupadas por un niño o una niña',
      veterans: 'para veteranos y sus familias',
      'lgbtq-youth': 'para jóvenes LGBTQ+',
      lgbtq: 'para personas LGBTQ+',
      indigenous: 'para pueblos indígenas',
      men: 'para hombres',
      women: 'para mujeres',
    },
    cautions: {
      'cannot-send-help': (emergency: string) => `No pueden enviarte ayuda; en una emergencia, llama al ${emergency}.`,
      'urgent-help-is-emergency': (emergency: string) => `Si necesitas ayuda urgente, llama al ${emergency}.`,
      'stays-in-call-log': (_emergency: string) =>
        'La llamada no aparece en la factura del teléfono, pero sí queda en el registro de llamadas; si quieres, puedes borrarla después.',
      'not-on-phone-bill': (_emergency: string) => 'El número no aparece en tu factura del teléfono.',
      'not-a-reporting-line': (emergency: string) => `No es una línea para denunciar y no está conectada con el ${emergency}.`,
      'silent-call-55': (emergency: string) => `Si no puedes hablar, llama al ${emergency} y marca 55.`,
    },
    actions: {
      call: (number: string) => `Llamar al ${number}`,
      callPress: (number: string, digit: string) => `Llamar al ${number} y marcar ${digit}`,
      text: (number: string) => `Enviar un mensaje al ${number}`,
      textKeyword: (keyword: string, number: string) => `Enviar ${keyword} al ${number}`,
      chat: 'Chatear en línea',
      email: 'Enviar un correo',
    },
    silentOptions: (hasText: boolean, hasChat: boolean) =>
      hasText && hasChat
        ? 'Si no es seguro hablar en voz alta, puedes enviar un mensaje de texto o chatear.'
        : hasText
          ? 'Si no es seguro hablar en voz alta, puedes enviar un mensaje de texto.'
          : hasChat
            ? 'Si no es seguro hablar en voz alta, puedes chatear en línea.'
            : 'Si no es seguro hablar en voz alta, puedes seguir escribiéndome aquí.',
    helperSteps: {
      suicide:
        'Si puedes, quédate con esa persona o mantente en contacto, y escúchala sin juzgar. Si es seguro hacerlo, aleja de su alcance cualquier cosa que pueda usar para hacerse daño. Las líneas de crisis también atienden a quienes se preocupan por otra persona, así que puedes llamar para pedir orientación.',
      danger:
        'Si es seguro para ti, quédate con esa persona o mantente en contacto, pero no te pongas en peligro ni enfrentes a quien le hace daño. Las líneas de ayuda también atienden a quienes se preocupan por otra persona, así que puedes llamar para saber qué hacer.',
    },
    hope: 'No tienes que enfrentar esto a solas. Cuando quieras, también puedo ayudarte a encontrar apoyo continuo.',
    askSafe: '¿Estás a salvo ahora mismo?',
    askSafeAndTalk: '¿Estás a salvo ahora mismo? ¿Es seguro para ti hablar?',
    showingDefault: (country: string, otherCountry: string) =>
      `No sé en qué país estás, así que te muestro líneas ${country}. Si estás en otro lugar, dime el país o elige «${otherCountry}».`,
    noLinesFor: (place: string, country: string, otherCountry: string) =>
      `Todavía no tengo líneas revisadas para ${place}, así que te muestro líneas ${country}. Estés donde estés, el número de emergencias local puede ayudarte. También puedes elegir «${otherCountry}».`,
    safeYes: 'Sí, estoy a salvo',
    safeNo: 'No estoy a salvo',
    otherCountry: 'Líneas de otro país',
    countries: {
      US: { name: 'Estados Unidos', phrase: 'de Estados Unidos' },
      CA: { name: 'Canadá', phrase: 'de Canadá' },
      GB: { name: 'Reino Unido', phrase: 'del Reino Unido' },
      IE: { name: 'Irlanda', phrase: 'de Irlanda' },
      AU: { name: 'Australia', phrase: 'de Australia' },
      NZ: { name: 'Nueva Zelanda', phrase: 'de Nueva Zelanda' },
      ES: { name: 'España', phrase: 'de España' },
      MX: { name: 'México', phrase: 'de México' },
    },
    picker: {
      ask: '¿En qué país estás? Elige uno de abajo o escribe su nombre.',
      notFound:
        'Lo siento, todavía no tengo líneas revisadas para ese país. Si estás en peligro ahora mismo, llama al número de emergencias local. Puedes elegir uno de estos países o decirme otro.',
    },
    followUp: {
      unsafe: (emergency: string, emergencyNote: string, crisisLine: string) =>
        `Gracias por decírmelo. Por favor, llama al ${emergency} ahora, o pide a alguien cerca de ti que llame por ti.${emergencyNote ? ` ${emergencyNote}` : ''} Para hablar con una persona ahora mismo, ${crisisLine}. Aquí sigo contigo, y puedes seguir escribiéndome.`,
      safe: 'Me alivia saberlo. ¿Quieres que te ayude a encontrar apoyo continuo? Puedes volver a estas líneas cuando las necesites.',
      unclear: (emergency: string, crisisLine: string) =>
        `Está bien, a veces es difícil saberlo. Si crees que puedes estar en peligro, llama al ${emergency}. Para hablar con alguien ahora, ${crisisLine}. Sigo aquí contigo.`,
      findSupport: 'Sí, ayúdame a buscar apoyo',
      notNow: 'Ahora no',
      notNowReply: 'Está bien. Aquí estoy cuando quieras hablar o buscar apoyo juntos.',
      safeResume: 'Me alivia saberlo. Estas líneas siguen aquí cuando las necesites. Sigamos donde lo dejamos.',
    },
    helpNowLine: (channels: string, service: string | null) => (service ? `${channels} (${service})` : channels),
    lastResort:
      'Soy un asistente automático y quiero que hables con una persona que pueda ayudarte ahora mismo. Si estás en peligro, llama al número de emergencias local: 911 en Estados Unidos, Canadá y México, 999 en el Reino Unido, 112 en Irlanda y España, 000 en Australia o 111 en Nueva Zelanda. En Estados Unidos, llama al 988 y marca 2, o envía AYUDA al 988.',
  },
  page: {
    title: 'Kindred: encuentra apoyo',
    note: (emergency: string, crisisLine: string) =>
      `Kindred es un asistente automático, no un servicio de emergencia. ¿Estás en peligro ahora? Llama al ${emergency}. Para hablar con alguien ahora, ${crisisLine}.`,
    chatLabel: 'Chatea con Kindred',
    connecting: 'Conectando con Kindred…',
    failed:
      'Lo siento, el chat no pudo empezar. Vuelve a cargar la página. Si necesitas ayuda ahora mismo, llama a tu número local de emergencias.',
    quickExit: 'Salida rápida',
    quickExitHint: 'Sale de esta página al instante hacia una búsqueda del tiempo. Atajo: pulsa Esc dos veces.',
    exitUrl: 'https://www.google.com/search?q=el+tiempo',
    historyTitle: 'Tu seguridad en internet',
    historyNote:
      'La salida rápida cierra este chat y sale al instante, pero este sitio puede seguir apareciendo en el historial de tu navegador. Si otra persona puede mirar este dispositivo, usa una ventana privada (de incógnito), o borra este sitio del historial en la configuración del navegador cuando termines.',
    openChat: 'Chatea con Kindred',
    closeChat: 'Cerrar el chat',
    frameTitle: 'Chat de Kindred',
  },
  limits: {
    longMessage:
      'Tu mensaje era largo, así que solo leí el principio. Si se me pasó algo que querías contarme, puedes enviarlo de nuevo en varios mensajes más cortos.',
  },
  errors: {
    turnFailed: (emergency: string, crisisLine: string) =>
      `Lo siento, algo falló de mi lado. Si necesitas ayuda ahora mismo, ${crisisLine}, o llama al ${emergency} en una emergencia. Puedes intentarlo de nuevo en un momento.`,
  },
};
