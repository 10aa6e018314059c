import type { Strings } from '../en';

/** Español: limits. */
export const limits: Strings['limits'] = {
  longMessage:
    'Tu mensaje era largo, así que solo leí el principio. Si se me pasó algo que querías contarme, puedes enviarlo de nuevo en varios mensajes más cortos.',
};
