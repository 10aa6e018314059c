import type { Strings } from '../en';

/** "lunes, miércoles y viernes". */
function list(items: string[]): string {
  return items.length > 1 ? `${items.slice(0, -1).join(', ')} y ${items.at(-1)}` : (items[0] ?? '');
}

/** Español: reuniones de apoyo mutuo de las listas en vivo, como las muestran las tarjetas. */
export const meetings: Strings['meetings'] = {
  next: (day: string, time: string, zone: string) => `Próxima: ${day} ${time} (${zone})`,
  // "a la 1:30", "a las 19:00".
  every: (days: string[], time: string) => `Todos los ${list(days)} ${time.startsWith('1:') ? 'a la' : 'a las'} ${time}`,
  weekdays: ['domingo', 'lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado'],
  /** Reloj de 24 horas: "19:00", "7:30". */
  time: (hours: number, minutes: number) => `${hours}:${String(minutes).padStart(2, '0')}`,
  zones: {
    'America/Phoenix': 'hora de Arizona',
    'America/Puerto_Rico': 'hora de Puerto Rico',
    'Eastern Time': 'hora del este',
    'Central Time': 'hora del centro',
    'Central Standard Time': 'hora del centro',
    'Mountain Time': 'hora de la montaña',
    'Pacific Time': 'hora del Pacífico',
    'Alaska Time': 'hora de Alaska',
    'Hawaii-Aleutian Standard Time': 'hora de Hawái',
    'Atlantic Time': 'hora del Atlántico',
    'Newfoundland Time': 'hora de Terranova',
    'United Kingdom Time': 'hora del Reino Unido',
    'Ireland Time': 'hora de Irlanda',
  },
  zoneOf: (city: string) => `hora de ${city}`,
  attendance: { 'in-person': 'En persona', online: 'En línea', hybrid: 'En persona y en línea' },
  inPerson: (place: string) => `En persona: ${place}`,
  online: (details: string) => (details ? `En línea: ${details}` : 'En línea: toca "Unirte en línea"'),
  byPhone: (number: string, details: string) => (details ? `Por teléfono: ${number} · ${details}` : `Por teléfono: ${number}`),
  thenDial: (code: string) => `luego marca ${code}`,
  types: (labels: string[]) => `Tipo: ${labels.join(', ')}`,
  listedBy: (source: string, date: string) => `De la lista de reuniones de ${source}, revisada el ${date}`,
  joinOnline: 'Unirte en línea',
  dialIn: 'Llamar para unirte',
  meetingPage: 'Página de la reunión',
};
