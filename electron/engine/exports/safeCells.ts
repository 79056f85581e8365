// Spreadsheets run a cell that starts with = + - @ (and, in some, tab or CR) as a formula: a name like
// "=HYPERLINK(...)" in a roster would run on the partner's machine. Such cells get a leading
// apostrophe, which spreadsheets hide and treat as "this is text". Phone numbers in E.164 and plain
// numbers also start with + or -, and must reach an SMS gateway unchanged.

const FORMULA_START = /^[=+\-@\t\r]/;
const E164 = /^\+[1-9]\d{6,14}$/;
const PLAIN_NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

export type Cell = string | number | null | undefined;

export function safeCell(value: Cell): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'number' ? String(value) : value;
  if (!FORMULA_START.test(text)) return text;
  if (E164.test(text) || PLAIN_NUMBER.test(text)) return text;
  return `'${text}`;
}
