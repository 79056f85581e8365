/*
 * Synthetic registrations and employer rosters, with ground truth, for testing Muster's importers
 * and its duplicate matcher. Nobody in the output is real.
 *
 * Who: the nationals are a MIXED set, as a joint consular cell of several sending states would hold
 * them: Ethiopian 22%, Filipino 16%, Bangladeshi 12%, Sudanese/Egyptian (Arabic names) 12%,
 * Sri Lankan 8%, Kenyan 7%, Ukrainian 7%, Colombian/Venezuelan 6%, Nepali 4%, Ghanaian 3%,
 * Nigerian 3% (roughly the migrant population of Lebanon, plus enough of every naming tradition for
 * the matcher to meet it). They live in one host country, Lebanon by default. Passport numbers and
 * phone numbers are unique per person; phones come from +961 3 0xx xxx (not allocated to
 * subscribers), so beyond 100,000 phone holders numbers start to repeat. E-mails use example.com/
 * .org/.net.
 *
 * Files (row = 1-based data row, header excluded; for JSON the 1-based array index):
 * - registrations.csv: the ministry's online registrations. UTF-8, comma, CRLF; DD/MM/YYYY dates.
 *   A principal registers and lists dependants (spouse, children) on rows that follow, linked
 *   by "Dependants of" = the principal's Reference. Re-registrations appear later in the file.
 * - roster-cedre-bleu.csv: French headers, semicolon, Windows-1252, CRLF; dates MM/DD/YYYY
 *   (exported from a US-locale spreadsheet although the headers are French); NOM in capitals.
 * - roster-al-manara.csv: UTF-8 with BOM, comma; "Full name" as "SURNAME, Given" (some names in
 *   Arabic script, "Given Surname" order), some headers in Arabic, some phones in Arabic-Indic digits.
 * - roster-harbour-staffing.json: one JSON array of objects with nested contact and placement;
 *   a missing value is either null or an absent key.
 * - roster-phoenicia-home.tsv: UTF-16LE with BOM, tab-separated, DD-Mon-YYYY dates.
 * - truth.csv: file,row,person_id for every row of every file above.
 * - people.csv: the true, clean attributes of every person (namesake_of names the earlier person
 *   whose name and city a namesake shares).
 *
 * Rates below are per person or per row as stated; the tests check the main ones on 5,000 people.
 */

/** Probabilities the population is built with. */
export const POPULATION = {
  /** Households whose principal declares dependants (spouse and/or children). */
  householdWithDependants: 0.12,
  /** In such households, the share with a spouse; the rest are single parents. */
  spouse: 0.85,
  /** A spouse with a mobile of their own (the others share the principal's). */
  spouseOwnPhone: 0.6,
  /** Adults with an e-mail address. */
  email: 0.7,
  /** Principals who share the name and city of an earlier principal (never the birth date): false-merge bait. */
  namesake: 0.02,
  specialNeeds: 0.07,
  /** Older people among principals (60 to 85). */
  elderly: 0.08,
} as const;

/** Who appears in which file. */
export const APPEARANCES = {
  /** Single principals and spouses aged 20 to 55 with an employer who are on an agency's roster. */
  rosterWorker: 0.4,
  /** Roster workers who also registered with the ministry. */
  rosterAlsoRegistered: 0.3,
  /** Roster workers on a second agency's roster too (changed agency). */
  secondRoster: 0.05,
  /** Registered adults who registered more than once. */
  doubleRegistration: 0.08,
  /** Of those, the share who registered a third time. */
  thirdRegistration: 0.1,
  /** A re-registration comes 1 to this many people later in the file. */
  maxRepeatDelay: 3000,
  /** Share of roster workers per agency file. */
  agencies: { french: 35, arabic: 30, json: 20, tsv: 15 },
} as const;

/** How a name is written on one row. */
export interface NameStyle {
  /** Use another spelling (transliteration, abbreviation) of a name part. */
  readonly variant: number;
  /** Write the whole name in its own script (Arabic or Cyrillic), when the person's tradition has one. */
  readonly script: number;
  /** Drop an optional first given name ("Md.", "Mst."). */
  readonly dropPrefix: number;
  /** Keep only the first of two surnames. */
  readonly dropSecondSurname: number;
  /** Change spaces and hyphens in compound names ("Dela Cruz" → "Dela-Cruz", "Delacruz"). */
  readonly separator: number;
  /** Lose accents ("García" → "Garcia"). */
  readonly stripAccents: number;
  /** Move the last given name to the surname ("Mohamed Ahmed" / "Osman" → "Mohamed" / "Ahmed Osman"). */
  readonly boundaryShift: number;
  /** One typo (insert, delete, substitute or transpose), per name field. */
  readonly typo: number;
}

/** A person's first registration: typed by themselves, mostly as in the passport. */
export const REGISTRATION_NAME: NameStyle = {
  variant: 0.15,
  script: 0.12,
  dropPrefix: 0.2,
  dropSecondSurname: 0.3,
  separator: 0.1,
  stripAccents: 0.3,
  boundaryShift: 0.03,
  typo: 0.03,
};

/** A re-registration: typed again months later, often differently. */
export const REPEAT_REGISTRATION_NAME: NameStyle = {
  ...REGISTRATION_NAME,
  variant: 0.4,
  script: 0.15,
  dropPrefix: 0.35,
  separator: 0.2,
  boundaryShift: 0.05,
};

/** An agency clerk copying the passport or the worker's own spelling. */
export const ROSTER_NAME: NameStyle = {
  variant: 0.25,
  script: 0,
  dropPrefix: 0.3,
  dropSecondSurname: 0.4,
  separator: 0.15,
  stripAccents: 0.5,
  boundaryShift: 0.04,
  typo: 0.03,
};

/** Field-level noise on registration rows. */
export const REGISTRATION_FIELDS = {
  nameOrderSwap: 0.03,
  allCaps: 0.04,
  lowerCase: 0.02,
  missingDob: 0.02,
  dayMonthSwap: 0.02,
  missingSex: 0.01,
  missingNationality: 0.01,
  missingPassport: 0.06,
  /** Passport typed in lower case or with spaces. */
  passportFormatting: 0.05,
  /** Blank "Mobile" on an adult's row. */
  missingPhone: 0.1,
  /** A re-registration giving a new mobile number. */
  newPhoneOnRepeat: 0.15,
  /** A child's row carrying the principal's mobile (the rest are blank). */
  childWithHouseholdPhone: 0.6,
  /** An existing e-mail left out. */
  missingEmail: 0.1,
  emailCaseChange: 0.1,
  emailCaseChangeOnRepeat: 0.3,
  cityVariant: 0.2,
  missingCity: 0.02,
  districtVariant: 0.25,
  missingDistrict: 0.1,
  missingAddress: 0.15,
  missingEmployer: 0.2,
  missingSpecialNeeds: 0.15,
  consentNo: 0.04,
  consentBlank: 0.01,
  typo: 0.03,
} as const;

/** Field-level noise on roster rows (all four agencies). */
export const ROSTER_FIELDS = {
  nameOrderSwap: 0.05,
  missingDob: 0.03,
  dayMonthSwap: 0.02,
  missingPassport: 0.04,
  missingPhone: 0.1,
  arabicScriptName: 0.6,
  arabicIndicDigits: 0.1,
  typo: 0.03,
} as const;
