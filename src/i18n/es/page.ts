import type { Strings } from '../en';

/** Español: page. */
export const page: Strings['page'] = {
  title: 'Kindred: encuentra apoyo',
  note: (emergency: string, crisisLine: string) =>
    `Kindred es un asistente automático, no un servicio de emergencia. ¿Estás en peligro ahora? Llama al ${emergency}. Para hablar con alguien ahora, ${crisisLine}.`,
  noteElsewhere:
    'Kindred es un asistente automático, no un servicio de emergencia. ¿Estás en peligro ahora? Llama a tu número local de emergencias.',
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
};
