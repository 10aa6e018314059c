import type { Strings } from '../en';

/** Español: errors. */
export const errors: Strings['errors'] = {
  turnFailed: (emergency: string, crisisLine: string) =>
    `Lo siento, algo falló de mi lado. Si necesitas ayuda ahora mismo, ${crisisLine}, o llama al ${emergency} en una emergencia. Puedes intentarlo de nuevo en un momento.`,
};
