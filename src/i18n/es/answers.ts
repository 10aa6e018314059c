import type { Strings } from '../en';

/** Español: answers (preguntas que Kindred sabe responder, y líneas pedidas por su nombre). */
export const answers: Strings['answers'] = {
  lineIntro: 'Aquí tienes la línea que pediste. Puedes contactarla ahora mismo:',
  lineIntroMany: 'Aquí tienes las líneas que pediste. Puedes contactarlas ahora mismo:',
  lineMissing: (kind: string, country: string) =>
    `Todavía no tengo una ${kind} revisada ${country}. Esta línea puede ayudarte con lo que sea, a cualquier hora:`,
  lineKinds: {
    suicide: 'línea de crisis',
    'domestic-violence': 'línea de violencia doméstica',
    'sexual-assault': 'línea de agresión sexual',
    child: 'línea para niños y jóvenes',
    veterans: 'línea para veteranos',
    'lgbtq-youth': 'línea LGBTQ+',
  },
  countryGuess: (country: string) => `Estas son líneas ${country}. Si estás en otro lugar, dime el país o la ciudad.`,
  emergency: (numbers: string) => `Si tú u otra persona están en peligro ahora mismo, llama al ${numbers}.`,
  source: (site: string) => `Fuente: ${site}`,
  operatorUnknown: 'la organización que lo ofrece en este sitio web',
  offer: (need: string) => `Si quieres, puedo buscar ${need} cerca de ti o en línea.`,
  offerLater: 'Cuando quieras, dime qué tipo de apoyo buscas.',
  offerLabels: {
    therapy: 'Buscar terapia',
    'support-group': 'Buscar un grupo de apoyo',
    'crisis-line': 'Buscar una línea de ayuda',
  },
  offerYes: 'Sí, por favor',
  offerNo: 'Ahora no',
  offerDeclined: 'Está bien. Aquí estoy cuando quieras buscar.',
};
