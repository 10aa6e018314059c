import type { Strings } from '../en';

/** Español: memory. */
export const memory: Strings['memory'] = {
  offer: (place: string | null, language: string, days: number) =>
    place
      ? `¿Quieres que recuerde ${place} y que hablamos en ${language} para la próxima vez? Guardaría solo esas dos cosas, ligadas a esta cuenta de chat, hasta que digas «olvídame» o durante ${days} días después de nuestra última conversación.`
      : `¿Quieres que recuerde que hablamos en ${language} para la próxima vez? Guardaría solo eso, ligado a esta cuenta de chat, hasta que digas «olvídame» o durante ${days} días después de nuestra última conversación.`,
  yes: 'Sí, recuérdalo',
  no: 'No, gracias',
  saved: 'Listo. La próxima vez empezaré desde ahí. Puedes decir «olvídame» cuando quieras.',
  notSaved: 'De acuerdo, no guardaré nada para la próxima vez.',
  languageNames: { en: 'inglés', es: 'español' },
};
