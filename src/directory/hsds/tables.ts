/**
 * The HSDS 3.0 tables Kindred reads and writes, with their columns (field names from the Open Referral
 * specification's datapackage.json and schema/simple/schema.csv, version 3.0.0), and the
 * tabular-data-package descriptor that names them.
 */

type FieldType = 'string' | 'number';

/** Columns of each table Kindred writes, in HSDS order; `number` columns are typed so in datapackage.json. */
export const HSDS_TABLES = {
  organization: {
    file: 'organizations.csv',
    fields: { id: 'string', name: 'string', description: 'string', email: 'string', website: 'string' },
  },
  service: {
    file: 'services.csv',
    fields: {
      id: 'string',
      organization_id: 'string',
      name: 'string',
      description: 'string',
      url: 'string',
      email: 'string',
      status: 'string',
      fees_description: 'string',
      eligibility_description: 'string',
      assured_date: 'string',
      alert: 'string',
    },
  },
  location: {
    file: 'locations.csv',
    fields: {
      id: 'string',
      location_type: 'string',
      organization_id: 'string',
      name: 'string',
      description: 'string',
      latitude: 'number',
      longitude: 'number',
    },
  },
  service_at_location: {
    file: 'service_at_location.csv',
    fields: { id: 'string', service_id: 'string', location_id: 'string', description: 'string' },
  },
  address: {
    file: 'addresses.csv',
    fields: {
      id: 'string',
      location_id: 'string',
      address_1: 'string',
      address_2: 'string',
      city: 'string',
      region: 'string',
      state_province: 'string',
      postal_code: 'string',
      country: 'string',
      address_type: 'string',
    },
  },
  phone: {
    file: 'phones.csv',
    fields: {
      id: 'string',
      location_id: 'string',
      service_id: 'string',
      organization_id: 'string',
      service_at_location_id: 'string',
      number: 'string',
      extension: 'number',
      type: 'string',
      description: 'string',
    },
  },
  language: {
    file: 'languages.csv',
    fields: {
      id: 'string',
      service_id: 'string',
      location_id: 'string',
      phone_id: 'string',
      name: 'string',
      code: 'string',
      note: 'string',
    },
  },
  schedule: {
    file: 'schedules.csv',
    fields: {
      id: 'string',
      service_id: 'string',
      location_id: 'string',
      service_at_location_id: 'string',
      freq: 'string',
      byday: 'string',
      opens_at: 'string',
      closes_at: 'string',
      description: 'string',
    },
  },
  service_area: {
    file: 'service_areas.csv',
    fields: { id: 'string', service_id: 'string', service_at_location_id: 'string', name: 'string', description: 'string' },
  },
  cost_option: {
    file: 'cost_options.csv',
    fields: { id: 'string', service_id: 'string', option: 'string', currency: 'string', amount: 'number', amount_description: 'string' },
  },
  taxonomy: {
    file: 'taxonomies.csv',
    fields: { id: 'string', name: 'string', description: 'string', uri: 'string', version: 'string' },
  },
  taxonomy_term: {
    file: 'taxonomy_terms.csv',
    fields: {
      id: 'string',
      code: 'string',
      name: 'string',
      description: 'string',
      parent_id: 'string',
      taxonomy: 'string',
      language: 'string',
      taxonomy_id: 'string',
    },
  },
  attribute: {
    file: 'attributes.csv',
    fields: { id: 'string', link_id: 'string', taxonomy_term_id: 'string', link_type: 'string', link_entity: 'string', value: 'string' },
  },
} as const satisfies Record<string, { file: string; fields: Record<string, FieldType> }>;

export type HsdsTable = keyof typeof HSDS_TABLES;
/** One row of a table as CSV text (every HSDS column is optional on reading). */
export type HsdsRow = Record<string, string>;

/** Other file names seen in the wild for the same tables (older HSDS, the 3.0.0 descriptor's "addresss.csv" typo). */
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

export function columnsOf(table: HsdsTable): string[] {
  return Object.keys(HSDS_TABLES[table].fields);
}

/** The datapackage.json descriptor for the tables written, per the Frictionless tabular-data-package profile. */
export function datapackageDescriptor(meta: { title: string; description: string; created: string }): Record<string, unknown> {
  return {
    name: 'kindred-directory',
    title: meta.title,
    description: meta.description,
    profile: 'tabular-data-package',
    version: '3.0.0',
    created: meta.created,
    resources: (Object.keys(HSDS_TABLES) as HsdsTable[]).map((name) => ({
      name,
      path: HSDS_TABLES[name].file,
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      profile: 'tabular-data-resource',
      schema: {
        primaryKey: 'id',
        fields: Object.entries(HSDS_TABLES[name].fields).map(([field, type]) => ({ name: field, type })),
      },
    })),
  };
}
