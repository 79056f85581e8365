// The names of the fields a partner profile lets out, as the file's columns call them.
const LABELS: Record<string, string> = {
  group: 'Group (household number)',
  ref: 'Reference (links back to the vault only)',
  name: 'Name',
  surname: 'Surname',
  given_names: 'Given names',
  date_of_birth: 'Date of birth',
  age_band: 'Age band',
  sex: 'Sex',
  nationality: 'Nationality',
  passport_no: 'Passport number',
  passport_expiry: 'Passport expiry',
  phone: 'Phone',
  email: 'E-mail',
  language: 'Language',
  channel: 'Channel',
  household_size: 'Household size',
  dependants: 'Dependants',
  special_needs: 'Special needs',
  status: 'Status',
  checked_in: 'Checked in',
  area: 'Crisis area',
  people: 'Number of people',
};

export function profileFieldLabel(field: string): string {
  return LABELS[field] ?? field.replace(/_/g, ' ');
}
