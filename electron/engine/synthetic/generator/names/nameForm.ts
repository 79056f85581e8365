// How one name is written: the passport spelling plus the other spellings and the script people
// and clerks actually use. Matching is hard because of these, so the data keeps them together.

export type Sex = 'F' | 'M';

export interface NameForm {
  /** As printed in the passport's Latin zone (diacritics kept where the passport has them). */
  readonly latin: string;
  /** Other Latin spellings of the same name: transliterations, abbreviations, joined or split forms. */
  readonly variants: readonly string[];
  /** The name in Arabic or Cyrillic script, for people who may write it that way. */
  readonly script?: string;
  /** The feminine form, for surnames that change with sex (Ivanov, Ivanova). */
  readonly feminine?: NameForm;
}

export interface NamePool {
  readonly F: readonly NameForm[];
  readonly M: readonly NameForm[];
}

/** Compact constructor for the name tables: variants are separated by "|". */
export function n(latin: string, variants = '', script?: string, feminine?: NameForm): NameForm {
  return {
    latin,
    variants: variants === '' ? [] : variants.split('|'),
    ...(script === undefined ? {} : { script }),
    ...(feminine === undefined ? {} : { feminine }),
  };
}

/** A gendered surname: masculine and feminine forms, each with its own variants and script. */
export function gendered(
  masculine: string,
  mVariants: string,
  mScript: string,
  feminine: string,
  fVariants: string,
  fScript: string,
): NameForm {
  return n(masculine, mVariants, mScript, n(feminine, fVariants, fScript));
}

/** The form a person of this sex carries. */
export function forSex(form: NameForm, sex: Sex): NameForm {
  return sex === 'F' && form.feminine ? form.feminine : form;
}
