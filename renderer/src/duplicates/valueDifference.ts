// Whether two values of a field differ, as the officer reading them would see it: case, spacing
// and Unicode forms are not differences worth a highlight, so "EL-HASSAN" and "El-Hassan" agree.

export type ValueDifference = 'same' | 'different' | 'one_missing' | 'both_missing';

function comparable(value: string | null | undefined): string {
  return (value ?? '').normalize('NFKC').trim().replace(/\s+/g, ' ').toLocaleLowerCase();
}

export function valueDifference(
  left: string | null | undefined,
  right: string | null | undefined,
): ValueDifference {
  const a = comparable(left);
  const b = comparable(right);
  if (a === '' && b === '') return 'both_missing';
  if (a === '' || b === '') return 'one_missing';
  return a === b ? 'same' : 'different';
}

const WORDS: Record<ValueDifference, string> = {
  same: 'same',
  different: 'differs',
  one_missing: 'missing on one side',
  both_missing: 'missing on both sides',
};

/** Said to screen readers and shown beside the colour, so the highlight never rests on colour alone. */
export function differenceWords(difference: ValueDifference): string {
  return WORDS[difference];
}
