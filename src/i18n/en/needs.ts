/** English: needs. */
export const needs = {
  'support-group': 'support groups',
  therapy: 'counselling and therapy',
  'crisis-line': 'someone to talk to now',
  'domestic-violence': 'domestic violence support',
  'sexual-assault': 'sexual assault support',
  grief: 'grief and loss support',
  'veterans-ptsd': 'support for veterans',
  'substance-use': 'support with drugs or alcohol',
  'child-abuse-survivor': 'support for survivors of childhood abuse',
  lgbtq: 'LGBTQ+ support',
  'legal-aid': 'legal help',
  housing: 'help with housing',
  'general-info': 'general support',
};
