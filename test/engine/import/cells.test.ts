import { describe, expect, it } from 'vitest';
import { MAX_CELL_LENGTH, sanitiseCell } from '../../../electron/engine/import/normalise/cells';

describe('sanitiseCell', () => {
  it('leaves ordinary text alone', () => {
    const r = sanitiseCell('Maria dela Cruz');
    expect(r).toEqual({
      original: 'Maria dela Cruz',
      value: 'Maria dela Cruz',
      flags: { controlChars: false, bidiControls: false, formula: false, html: false, truncated: false },
      reasons: [],
    });
    expect(sanitiseCell('محمد الحسن').value).toBe('محمد الحسن');
  });

  it('strips control characters, zero-width spaces and lone surrogates, keeping newlines and tabs', () => {
    const r = sanitiseCell('Ali\u0000\u0007 Haddad\u200b\r\nline two\tcol\u009b');
    expect(r.value).toBe('Ali Haddad\nline two\tcol');
    expect(r.flags.controlChars).toBe(true);
    expect(r.reasons).toHaveLength(1);
    expect(sanitiseCell('a\ud800b').value).toBe('a\ufffdb');
  });

  it('strips right-to-left overrides that would make a name read differently', () => {
    const r = sanitiseCell('Ali \u202eessah\u202c');
    expect(r.value).toBe('Ali essah');
    expect(r.flags.bidiControls).toBe(true);
    // Ordinary right-to-left marks in Arabic text are not overrides.
    expect(sanitiseCell('محمد\u200f (Beirut)').flags.bidiControls).toBe(false);
  });

  it('flags formulas without touching them, but not phone numbers or negative numbers', () => {
    for (const f of [
      '=HYPERLINK("http://x","click")',
      '@SUM(A1:A9)',
      '+cmd|" /C calc"!A0',
      '-2+3+cmd|A0',
      '＝1+1',
    ]) {
      const r = sanitiseCell(f);
      expect(r.flags.formula, f).toBe(true);
      expect(r.value).toBe(f);
    }
    for (const ok of ['+961 3 123 456', '-33.5', '+44 (0) 20 7946 0958', '- ', 'Ali = Ahmed']) {
      expect(sanitiseCell(ok).flags.formula, ok).toBe(false);
    }
  });

  it('flags HTML and javascript: links as inert text', () => {
    for (const h of [
      '<script>alert(1)</script>',
      'Ali <img src=x onerror=alert(1)>',
      '<!-- hi -->',
      'javascript:alert(1)',
    ]) {
      const r = sanitiseCell(h);
      expect(r.flags.html, h).toBe(true);
      expect(r.value).toBe(h);
    }
    expect(sanitiseCell('a < b and c > d').flags.html).toBe(false);
  });

  it(`caps a cell at ${MAX_CELL_LENGTH} characters with a reason, never splitting a character`, () => {
    const r = sanitiseCell('x'.repeat(10_000));
    expect(r.value).toHaveLength(MAX_CELL_LENGTH);
    expect(r.flags.truncated).toBe(true);
    expect(r.reasons).toEqual(['The cell was cut to 2,000 characters.']);
    const emoji = sanitiseCell('x'.repeat(MAX_CELL_LENGTH - 1) + '😀😀');
    expect(emoji.value).toHaveLength(MAX_CELL_LENGTH - 1);
    expect(sanitiseCell('abc', 2).value).toBe('ab');
  });
});
