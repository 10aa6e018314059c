import type { Strings } from '../en';

/** Español: resource. */
export const resource: Strings['resource'] = {
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
};
