import type { Strings } from '../en';

/** Español: needs. */
export const needs: Strings['needs'] = {
  'support-group': 'grupos de apoyo',
  therapy: 'terapia o consejería',
  'crisis-line': 'alguien con quien hablar ahora',
  'domestic-violence': 'apoyo por violencia doméstica',
  'sexual-assault': 'apoyo por agresión sexual',
  grief: 'apoyo en el duelo',
  'veterans-ptsd': 'apoyo para veteranos',
  'substance-use': 'apoyo con drogas o alcohol',
  'child-abuse-survivor': 'apoyo para sobrevivientes de abuso infantil',
  lgbtq: 'apoyo LGBTQ+',
  'legal-aid': 'ayuda legal',
  housing: 'ayuda con vivienda',
  'general-info': 'apoyo general',
};
