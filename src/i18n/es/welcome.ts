import type { Strings } from '../en';

/** Español: welcome. */
export const welcome: Strings['welcome'] = {
  intro:
    'Hola, soy Kindred. Soy un asistente automático que ayuda a encontrar grupos de apoyo, consejeros y otra ayuda después de algo difícil, cerca de ti o en línea.',
  notEmergency: (emergency: string, crisisLine: string) =>
    `No soy un servicio de emergencia. Si estás en peligro ahora mismo, llama al ${emergency}. Para hablar con alguien ahora, ${crisisLine}.`,
  start: 'Cuando quieras, cuéntame qué tipo de apoyo estás buscando.',
  welcomeBack: (place: string) =>
    `Qué bueno verte de nuevo. Me pediste que recordara ${place}, así que buscaré allí salvo que me digas otro lugar.`,
};
