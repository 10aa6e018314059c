import type { Strings } from '../en';

/** Español: crisis. */
export const crisis: Strings['crisis'] = {
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
    textKeyword: (keyword: string, number: string) => `envía la palabra ${keyword} al ${number}`,
    chat: (site: string) => `chatea en ${site}`,
    tty: (number: string) => `llama por TTY (teléfono de texto) al ${number}`,
    email: (address: string) => `envía un correo a ${address}`,
  },
  // A comma before "o" keeps "llama al 988 y marca 2, o envía la palabra AYUDA al 988" readable.
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
  buttonAudiences: {
    'children-and-young-people': 'niños y adolescentes',
    'adults-worried-about-a-child': 'personas adultas',
    veterans: 'veteranos',
    'lgbtq-youth': 'jóvenes LGBTQ+',
    lgbtq: 'personas LGBTQ+',
    indigenous: 'pueblos indígenas',
    men: 'hombres',
    women: 'mujeres',
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
    textKeyword: (keyword: string, number: string) => `Enviar la palabra ${keyword} al ${number}`,
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
    safe: 'Me alivia saberlo, y me alegra que me hayas escrito. ¿Quieres que te ayude a encontrar apoyo continuo? Puedo buscar contigo terapia o un grupo de apoyo, o podemos simplemente hablar un rato. Tú decides, y puedes volver a estas líneas cuando las necesites.',
    hiding: (emergency: string, emergencyNote: string, quietly: string) =>
      `Gracias por decírmelo. Me alegra que tengas un momento fuera de su alcance, pero esconderte, no poder salir o esperar a que alguien vuelva no es lo mismo que estar a salvo. Si puedes, llama al ${emergency} ahora.${emergencyNote ? ` ${emergencyNote}` : ''} ${quietly} Aquí sigo contigo.`,
    quietly: (ways: string, service: string) =>
      `Si no es seguro hablar en voz alta, puedes ${ways} (${service}), o seguir escribiéndome aquí.`,
    quietlyHere: 'Si no es seguro hablar en voz alta, puedes seguir escribiéndome aquí.',
    unclear: (emergency: string, crisisLine: string) =>
      `Está bien, a veces es difícil saberlo. Si crees que puedes estar en peligro, llama al ${emergency}. Para hablar con alguien ahora, ${crisisLine}. Sigo aquí contigo.`,
    findCounsellor: 'Buscar terapia',
    findGroup: 'Buscar un grupo de apoyo',
    justTalk: 'Prefiero solo hablar',
    justTalkReply:
      'Aquí estoy, y no hay prisa. Cuéntame lo que tengas en mente, con tus propias palabras. Cuando quieras buscar apoyo, solo dímelo.',
    whichSupport:
      'Claro. ¿Qué tipo de apoyo te ayudaría más? Puedo buscar terapia o un grupo de apoyo, o puedes decírmelo con tus propias palabras.',
    notNowReply: 'Está bien. Aquí estoy cuando quieras hablar o buscar apoyo juntos.',
    backToSearch: 'Volver a mi búsqueda',
  },
  helpNowLine: (channels: string, service: string | null) => (service ? `${channels} (${service})` : channels),
  lastResort:
    'Soy un asistente automático y quiero que hables con una persona que pueda ayudarte ahora mismo. Si estás en peligro, llama al número de emergencias local: 911 en Estados Unidos, Canadá y México, 999 en el Reino Unido, 112 en Irlanda y España, 000 en Australia o 111 en Nueva Zelanda. En Estados Unidos, llama al 988 y marca 2, o envía la palabra AYUDA al 988.',
};
