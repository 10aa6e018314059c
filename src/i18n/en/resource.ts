/** English: resource. */
export const resource = {
  online: 'Online or by phone',
  /** How a national or online service is reached, from its modes: "In person (local groups) · Online · By phone". */
  modes: { 'in-person': 'In person (local groups)', online: 'Online', phone: 'By phone', text: 'By text' },
  kmAway: (km: string) => `${km} km away`,
  cost: { free: 'Free', 'sliding-scale': 'Sliding scale', insurance: 'Takes insurance', fee: 'Fee' },
  languages: 'Languages',
  lastVerified: (date: string) => `Last checked ${date}`,
  call: 'Call',
  text: 'Text',
  website: 'Website',
  directions: 'Directions',
  addressHidden: 'Address shared by phone for safety',
};
