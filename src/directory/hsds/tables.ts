/**
 * The HSDS 3.0 tables Kindred reads and writes, by table name and file. Their columns, types and
 * constraints are the official descriptor's (official.ts, vendored from the specification), never a copy here.
 */

/** The tables Kindred fills on export and reads on import, with their HSDS 3.0 file names. */
export const HSDS_TABLES = {
  organization: { file: 'organizations.csv' },
  service: { file: 'services.csv' },
  location: { file: 'locations.csv' },
  service_at_location: { file: 'service_at_location.csv' },
  address: { file: 'addresses.csv' },
  phone: { file: 'phones.csv' },
  language: { file: 'languages.csv' },
  schedule: { file: 'schedules.csv' },
  service_area: { file: 'service_areas.csv' },
  cost_option: { file: 'cost_options.csv' },
  taxonomy: { file: 'taxonomies.csv' },
  taxonomy_term: { file: 'taxonomy_terms.csv' },
  attribute: { file: 'attributes.csv' },
} as const satisfies Record<string, { file: string }>;

export type HsdsTable = keyof typeof HSDS_TABLES;
/** One row of a table as CSV text (every HSDS column is optional on reading). */
export type HsdsRow = Record<string, string>;

/** Other file names seen in the wild for the same tables (older HSDS, an early 3.0.0 descriptor's "addresss.csv" typo). */
export const ALTERNATE_FILES: Partial<Record<HsdsTable, string[]>> = {
  service_at_location: ['service_at_locations.csv', 'services_at_location.csv'],
  address: ['addresss.csv', 'address.csv', 'physical_addresses.csv'],
  organization: ['organization.csv'],
  service: ['service.csv'],
  location: ['location.csv'],
  phone: ['phone.csv'],
  language: ['language.csv'],
  schedule: ['schedule.csv', 'regular_schedules.csv'],
  service_area: ['service_area.csv'],
  cost_option: ['cost_option.csv'],
  taxonomy: ['taxonomy.csv'],
  taxonomy_term: ['taxonomy_term.csv'],
  attribute: ['attribute.csv'],
};
