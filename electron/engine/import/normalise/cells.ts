// Every cell passes through here first. A roster is data from outside and may be hostile: control
// characters that corrupt a display or a later export, right-to-left overrides that make a name
// read differently from what it is, formulas aimed at whoever opens an export in a spreadsheet,
// HTML aimed at a web view, or megabytes in one cell. Muster keeps text as inert text: nothing
// here is evaluated or rendered; formulas and markup are only flagged, so exports can neutralise them.

export const MAX_CELL_LENGTH = 2000;

export interface CellFlags {
  /** Control or invisible characters were removed. */
  controlChars: boolean;
  /** Bidirectional override or isolate characters were removed. */
  bidiControls: boolean;
  /** Starts like a spreadsheet formula (=, @, or + / - not followed by a number). */
  formula: boolean;
  /** Holds HTML tags, comments or a javascript: link. */
  html: boolean;
  /** Cut to the length limit. */
  truncated: boolean;
}

export interface SanitisedCell {
  original: string;
  value: string;
  flags: Readonly<CellFlags>;
  /** One readable line per change made; empty when the cell was clean. */
  reasons: readonly string[];
}

// eslint-disable-next-line no-control-regex -- finding control characters is what this does
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200B\u2060\uFEFF]/g;
const BIDI = /[\u202A-\u202E\u2066-\u2069]/g;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const FORMULA_START = /^[=@\uFF1D\uFF20]|^[+\-\uFF0B\uFF0D](?![\d\s()./-]*$)/;
// As a browser reads a tag: a letter right after "<" ("a < b" is not markup).
const HTML = /<\/?[a-z][a-z0-9-]*(?:\s[^<>]*)?\/?>|<!--|javascript\s*:/i;

const CLEAN: Readonly<CellFlags> = Object.freeze({
  controlChars: false,
  bidiControls: false,
  formula: false,
  html: false,
  truncated: false,
});
const NO_REASONS: readonly string[] = Object.freeze([]);
// Printable ASCII without "<" or ":": nothing to strip, and no markup or script link possible.
const PLAIN = /^[\x20-\x39\x3b\x3d-\x7e]*$/;

export function sanitiseCell(raw: string, maxLength = MAX_CELL_LENGTH): SanitisedCell {
  // The common cell, checked in one pass: the full treatment below costs ten times more.
  if (raw.length <= maxLength && PLAIN.test(raw)) {
    const value = raw.trim();
    if (!FORMULA_START.test(value)) return { original: raw, value, flags: CLEAN, reasons: NO_REASONS };
  }

  const flags: CellFlags = {
    controlChars: false,
    bidiControls: false,
    formula: false,
    html: false,
    truncated: false,
  };
  const reasons: string[] = [];

  let value = raw.replace(/\r\n?/g, '\n');
  if (value.search(CONTROL) >= 0 || value.search(LONE_SURROGATE) >= 0) {
    value = value.replace(CONTROL, '').replace(LONE_SURROGATE, '\uFFFD');
    flags.controlChars = true;
    reasons.push('Control or invisible characters were removed.');
  }
  if (value.search(BIDI) >= 0) {
    value = value.replace(BIDI, '');
    flags.bidiControls = true;
    reasons.push('Text-direction override characters were removed.');
  }
  value = value.trim();
  if (value.length > maxLength) {
    let cut = value.slice(0, maxLength);
    if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
    value = cut;
    flags.truncated = true;
    reasons.push(`The cell was cut to ${maxLength.toLocaleString('en')} characters.`);
  }
  flags.formula = FORMULA_START.test(value);
  flags.html = HTML.test(value);
  return { original: raw, value, flags, reasons };
}
