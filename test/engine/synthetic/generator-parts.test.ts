// The generator's building blocks: slips, spellings, identifiers and the name tables.
import { describe, expect, it } from 'vitest';
import { COUNTRIES, fillPattern, patternSpace } from '../../../electron/engine/synthetic/generator/countries';
import { DeferredQueue } from '../../../electron/engine/synthetic/generator/deferred';
import {
  delimitedLine,
  formatPhone,
  swapDayMonth,
} from '../../../electron/engine/synthetic/generator/formats';
import { LEBANON } from '../../../electron/engine/synthetic/generator/host';
import type { NameForm } from '../../../electron/engine/synthetic/generator/names/nameForm';
import { ORIGINS } from '../../../electron/engine/synthetic/generator/origins';
import { Rng, scramble } from '../../../electron/engine/synthetic/generator/random';
import {
  arabicIndicDigits,
  separatorVariant,
  stripAccents,
  typo,
  type TypoKind,
} from '../../../electron/engine/synthetic/generator/variation';

/** Optimal-string-alignment distance: insert, delete, substitute, transpose adjacent. */
function editDistance(a: string, b: string): number {
  const x = Array.from(a);
  const y = Array.from(b);
  const d = Array.from({ length: x.length + 1 }, (_, i) =>
    Array.from({ length: y.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= x.length; i++) {
    for (let j = 1; j <= y.length; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      const row = d[i] as number[];
      const prev = d[i - 1] as number[];
      row[j] = Math.min((prev[j] as number) + 1, (row[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
      if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1]) {
        row[j] = Math.min(row[j] as number, ((d[i - 2] as number[])[j - 2] as number) + 1);
      }
    }
  }
  return (d[x.length] as number[])[y.length] as number;
}

describe('typos', () => {
  const rng = new Rng(3);
  const words = ['Mohammed', 'Dela Cruz', 'Oksana', 'Шевченко', 'محمد', 'P1234567A', 'aa', 'Eyerusalem'];
  for (const kind of ['insert', 'delete', 'substitute', 'transpose'] as TypoKind[]) {
    it(`${kind}: always changes the value, by exactly one edit`, () => {
      for (let i = 0; i < 400; i++) {
        const word = words[i % words.length] as string;
        const slipped = typo(rng, word, kind);
        expect(slipped).not.toBe(word);
        expect(editDistance(word, slipped)).toBe(1);
      }
    });
  }

  it('keeps the script of non-Latin names', () => {
    for (let i = 0; i < 200; i++) {
      expect(typo(rng, 'Шевченко', 'substitute')).toMatch(/^\p{Script=Cyrillic}+$/u);
      expect(typo(rng, 'محمد', 'insert')).toMatch(/^\p{Script=Arabic}+$/u);
    }
  });

  it('leaves one-letter values alone', () => {
    expect(typo(rng, 'A')).toBe('A');
  });
});

describe('spelling helpers', () => {
  it('changes separators in compound names and never returns the input', () => {
    const rng = new Rng(1);
    const seen = new Set<string>();
    for (let i = 0; i < 100; i++) {
      const v = separatorVariant(rng, 'Dela Cruz');
      expect(v).not.toBe('Dela Cruz');
      seen.add(v);
    }
    expect(seen).toEqual(new Set(['Dela-Cruz', 'DelaCruz', 'Delacruz']));
    expect(separatorVariant(rng, 'Santos')).toBe('Santos');
  });

  it('strips accents from Latin names only', () => {
    expect(stripAccents('García Muñoz')).toBe('Garcia Munoz');
    expect(stripAccents('Олександр')).toBe('Олександр'.normalize('NFD').replace(/\p{M}/gu, ''));
    expect(stripAccents('Santos')).toBe('Santos');
  });

  it('writes Arabic-Indic digits', () => {
    expect(arabicIndicDigits('03-012345')).toBe('٠٣-٠١٢٣٤٥');
  });

  it('swaps day and month only when the result is a different valid date', () => {
    expect(swapDayMonth({ y: 1990, m: 3, d: 7 })).toEqual({ y: 1990, m: 7, d: 3 });
    expect(swapDayMonth({ y: 1990, m: 3, d: 25 })).toBeNull();
    expect(swapDayMonth({ y: 1990, m: 4, d: 4 })).toBeNull();
  });
});

describe('identifiers', () => {
  it('scrambles indexes one-to-one', () => {
    for (const space of [1000, 100_000, patternSpace('P#######@')]) {
      const seen = new Set<number>();
      const n = Math.min(space, 100_000);
      let outOfRange = 0;
      for (let i = 0; i < n; i++) {
        const v = scramble(i, space, 12345);
        if (v < 0 || v >= space || !Number.isInteger(v)) outOfRange++;
        seen.add(v);
      }
      expect(outOfRange).toBe(0);
      expect(seen.size).toBe(n);
    }
  });

  it('fills passport patterns', () => {
    expect(fillPattern('P#######@', 0)).toBe('P0000000A');
    expect(fillPattern('P#######@', 27)).toBe('P0000001B');
    expect(fillPattern('F@######', patternSpace('F@######') - 1)).toBe('FZ999999');
    for (const c of Object.values(COUNTRIES))
      expect(patternSpace(c.passportPattern)).toBeGreaterThanOrEqual(10_000_000);
  });

  it('writes Lebanese-looking mobiles in every style', () => {
    const nsn = LEBANON.mobileNumber(12345);
    expect(nsn).toBe('3012345');
    expect(formatPhone(LEBANON, nsn, 'intlSpaced')).toBe('+961 3 012 345');
    expect(formatPhone(LEBANON, nsn, 'localDash')).toBe('03-012345');
    expect(formatPhone(LEBANON, nsn, 'intl00')).toBe('00961 3 012345');
    expect(formatPhone(LEBANON, nsn, 'bare')).toBe('3012345');
    expect(formatPhone(LEBANON, nsn, 'localPairs')).toBe('03 01 23 45');
    expect(formatPhone(LEBANON, nsn, 'intlCompact')).toBe('+9613012345');
  });

  it('quotes delimited cells only where needed', () => {
    expect(delimitedLine(['a', 'b,c', 'say "hi"', 'x;y'], ',', '\r\n')).toBe('a,"b,c","say ""hi""",x;y\r\n');
    expect(delimitedLine(['x;y', 'a,b'], ';', '\n')).toBe('"x;y";a,b\n');
    expect(delimitedLine(['a\tb', 'c'], '\t', '\n')).toBe('"a\tb"\tc\n');
  });
});

describe('deferred re-registrations', () => {
  it('come out in due order, ties in insertion order', () => {
    const q = new DeferredQueue<string>();
    const rng = new Rng(8);
    const expected: Array<[number, number, string]> = [];
    for (let i = 0; i < 500; i++) {
      const due = rng.int(0, 50);
      q.push(due, `item${i}`);
      expected.push([due, i, `item${i}`]);
    }
    expected.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    const firstPart = q.takeDue(20);
    expect(firstPart).toEqual(expected.filter((e) => e[0] <= 20).map((e) => e[2]));
    expect(q.drain().map((e) => e.item)).toEqual(expected.filter((e) => e[0] > 20).map((e) => e[2]));
  });
});

describe('name tables', () => {
  const forms: NameForm[] = [];
  const collect = (f: NameForm) => {
    forms.push(f);
    if (f.feminine) collect(f.feminine);
  };
  for (const o of ORIGINS) {
    [...o.given.F, ...o.given.M, ...o.surnames, ...Object.values(o.surnamesBySex ?? {}).flat()].forEach(
      collect,
    );
    Object.values(o.givenPrefix ?? {}).forEach((p) => collect(p.form));
    if (o.secondGiven) [...o.secondGiven.pool.F, ...o.secondGiven.pool.M].forEach(collect);
  }

  it('never lists the passport spelling among its own variants, nor a variant twice', () => {
    for (const f of forms) {
      expect(f.variants, f.latin).not.toContain(f.latin);
      expect(new Set(f.variants).size, f.latin).toBe(f.variants.length);
    }
  });

  it('gives every Arabic and Slavic name its script form, in the right script', () => {
    for (const o of ORIGINS.filter((x) => x.script)) {
      const script = o.script === 'arabic' ? /^[\p{Script=Arabic} ]+$/u : /^[\p{Script=Cyrillic} ]+$/u;
      for (const f of [...o.given.F, ...o.given.M, ...o.surnames]) expect(f.script, f.latin).toMatch(script);
    }
  });

  it('keeps Latin spellings in Latin script', () => {
    for (const f of forms) {
      for (const v of [f.latin, ...f.variants]) expect(v).toMatch(/^[\p{Script=Latin} .'/-]+$/u);
    }
  });

  it('weights the origins to 100', () => {
    expect(ORIGINS.reduce((n, o) => n + o.weight, 0)).toBe(100);
  });
});
