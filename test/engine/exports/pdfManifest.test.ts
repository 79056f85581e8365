// Printed manifests: a PDF through the contract as the app makes it (names in Arabic, Cyrillic and
// accented Latin, a 300-character name kept inside its cell, sealing; exports.app.test.ts checks that
// a failed write leaves nothing), and the page layout on its own (page count, headings and "Page x of y" on every page, signatures).
// Text is read back with poppler's pdftotext, which .ci/run installs; the structure checks need nothing.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Decrypter, generateIdentity, identityToRecipient } from 'age-encryption';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manifestToPdf } from '../../../electron/engine/exports/pdfManifest';
import type { Table } from '../../../electron/engine/exports/table';
import { tempDir } from '../helpers';
import { openHarness, peopleAtBeirutPort, type Harness } from '../pipeline/harness';

const LONG_NAME = 'Wolfeschlegelsteinhausen '.repeat(12); // 300 characters, spaces included
const plain = { mode: 'plain', confirmed: true } as const;

function hasPdftotext(): boolean {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
// In CI the tool is installed, so a missing one is a failure there, not a skip.
const canRead = hasPdftotext() || process.env.CI === 'true';

/** Pages' text, in reading order. */
function pagesOf(pdf: Buffer): string[] {
  const dir = tempDir();
  const file = join(dir, 'in.pdf');
  writeFileSync(file, pdf);
  const text = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  return text.split('\f').slice(0, -1);
}

/** Every word pdftotext finds, with its box, from -bbox output. */
function wordsOf(pdf: Buffer): { text: string; xMin: number; xMax: number; page: number }[] {
  const dir = tempDir();
  const file = join(dir, 'in.pdf');
  writeFileSync(file, pdf);
  const html = execFileSync('pdftotext', ['-bbox', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  const words: { text: string; xMin: number; xMax: number; page: number }[] = [];
  let page = 0;
  for (const line of html.split('\n')) {
    if (line.includes('<page ')) page++;
    const m = /<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">(.*)<\/word>/.exec(line);
    if (m) words.push({ text: m[3]!, xMin: Number(m[1]), xMax: Number(m[2]), page });
  }
  return words;
}

/** Page objects in the file: PDFKit writes no object streams, so they are visible compressed or not. */
function pageCount(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type \/Page\b(?!s)/g)?.length ?? 0;
}

describe('PDF manifest through the contract', () => {
  let h: Harness;
  let out: string;
  let areaId: number;

  beforeAll(async () => {
    h = await openHarness();
    out = tempDir();
    areaId = await peopleAtBeirutPort(h, [
      'Ref,Name,Surname,Sex,Date of birth,Nationality,Passport,Phone,Household,Latitude,Longitude',
      'B1,محمد,حسن,M,1988-04-03,LB,RL1234567,+9613123456,H1,33.90,35.50',
      'B2,فاطمة,حسن,F,1990-05-06,LB,RL7654321,,H1,33.90,35.50',
      'B3,Дмитрий,Иванов,M,1975-11-30,RU,753123456,,,33.91,35.51',
      'B4,Élise Łucja,Müller-Lüdenscheidt,F,1966-02-02,DE,C01X00T47,,,33.92,35.52',
      `B5,Hubert,${LONG_NAME.trim()},M,1950-01-01,US,X12345678,,,33.93,35.53`,
    ]);
  });
  afterAll(() => h.dispose());

  it('writes a one-page A4 landscape PDF with every script and the audit entry', async () => {
    const path = join(out, 'manifest.pdf');
    const result = await h.call('export.manifest', {
      selection: { areaId },
      format: 'pdf',
      path,
      seal: plain,
    });
    expect(result).toMatchObject({ path, people: 5, rows: 5, sealed: 'plain' });
    const pdf = readFileSync(path);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.subarray(-6).toString()).toContain('%%EOF');
    expect(pageCount(pdf)).toBe(1);
    expect(pdf.toString('latin1')).toMatch(/\/MediaBox \[0 0 841\.89 595\.28\]/);
    // The fonts are embedded (subsets), not referenced: a partner's machine may have none of them.
    expect(pdf.toString('latin1').match(/\/FontFile2/g)!.length).toBeGreaterThanOrEqual(3);
    const [entry] = await h.call('audit.list', { limit: 1 });
    expect(entry!.object).toMatch(
      /^profile carrier-manifest, pdf, plain, sha256 [0-9a-f]{64}, file manifest\.pdf$/,
    );
  });

  it.runIf(canRead)(
    'renders Arabic, Cyrillic and accents, and keeps a 300-character name in its cell',
    async () => {
      const path = join(out, 'read.pdf');
      await h.call('export.manifest', { selection: { areaId }, format: 'pdf', path, seal: plain });
      const pdf = readFileSync(path);
      const [page] = pagesOf(pdf);
      expect(page).toMatch(/Evacuation manifest: Beirut port/);
      expect(page).toMatch(/Exported \d{4}-\d\d-\d\d \d\d:\d\d UTC[+-]\d\d:\d\d/);
      expect(page).toContain('Page 1 of 1');
      for (const name of [
        'محمد',
        'فاطمة',
        'حسن',
        'Дмитрий',
        'Иванов',
        'Élise Łucja',
        'Müller-Lüdenscheidt',
      ]) {
        expect(page).toContain(name);
      }
      expect(page).toContain('Prepared by (consular officer)');
      expect(page).toContain('Carrier representative');
      // Wrapped over three lines, then cut with an ellipsis; never drawn across the next columns.
      expect(page).toContain('…');
      const words = wordsOf(pdf);
      const surnameLeft = words.find((w) => w.text === 'Surname')!.xMin;
      const givenLeft = words.find((w) => w.text === 'Given')!.xMin;
      const long = words.filter((w) => w.text.startsWith('Wolfeschlegel'));
      expect(long.length).toBeGreaterThanOrEqual(3);
      for (const w of long) {
        expect(w.xMin).toBeGreaterThanOrEqual(surnameLeft - 1);
        expect(w.xMax).toBeLessThan(givenLeft);
      }
    },
  );

  it('seals a PDF like any export: only the partner opens it', async () => {
    const identity = await generateIdentity();
    const path = join(out, 'sealed.pdf');
    const result = await h.call('export.manifest', {
      selection: { areaId },
      format: 'pdf',
      path,
      seal: { mode: 'recipients', recipients: [await identityToRecipient(identity)] },
    });
    expect(result.path).toBe(`${path}.age`);
    expect(readdirSync(out)).not.toContain('sealed.pdf');
    const sealed = readFileSync(result.path);
    expect(sealed.includes(Buffer.from('%PDF-'))).toBe(false);
    const decrypter = new Decrypter();
    decrypter.addIdentity(identity);
    const opened = Buffer.from(await decrypter.decrypt(sealed));
    expect(opened.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pageCount(opened)).toBe(1);
  });

  it('refuses PDF for aggregated figures before reading anything', async () => {
    const error = await h.fail('export.aggregate', {
      format: 'pdf',
      path: join(out, 'figures.pdf'),
      k: 5,
      seal: plain,
    });
    expect(error).toEqual({
      code: 'INVALID_INPUT',
      message: expect.stringMatching(/PDF is for evacuation manifests/),
    });
    expect(readdirSync(out)).not.toContain('figures.pdf');
  });
});

describe('PDF manifest layout', () => {
  const header = ['Group', 'Surname', 'Given names', 'Date of birth', 'Passport number', 'Checked in'];
  // 40 households of one to four people: 100 rows, several pages.
  const rows: Table['rows'] = [];
  for (let g = 1; rows.length < 100; g++) {
    for (let m = 0; m < (g % 4) + 1 && rows.length < 100; m++) {
      rows.push([
        g,
        `Family${g}`,
        `Member ${m}`,
        '1990-01-01',
        `P${100000 + rows.length}`,
        m === 0 ? 'yes' : '',
      ]);
    }
  }
  const table: Table = { title: 'Manifest', header, rows };
  const options = {
    crisis: 'Selection',
    exportedAt: new Date(2026, 0, 2, 3, 4),
    profile: { name: 'carrier-manifest', purpose: 'Boarding and border control of an evacuation' },
  };

  it('repeats the heading and the column headers on each page and numbers the pages', async () => {
    const pdf = await manifestToPdf(table, options);
    const pages = pageCount(pdf);
    expect(pages).toBeGreaterThanOrEqual(3);
    if (!canRead) return;
    const text = pagesOf(pdf);
    expect(text).toHaveLength(pages);
    text.forEach((page, i) => {
      expect(page).toContain(`Page ${i + 1} of ${pages}`);
      expect(page).toContain('Evacuation manifest: Selection');
      expect(page).toContain('Exported 2026-01-02 03:04');
      if (i < pages - 1 || page.includes('Family')) expect(page).toMatch(/Group\s+Surname\s+Given names/);
    });
    expect(text.join('')).toContain('100 people in 40 households');
    expect(text[pages - 1]).toContain('End of manifest: 100 people in 40 households');
    expect(text[pages - 1]).toContain('Prepared by (consular officer)');
    // A household that fits on a page is never cut in two.
    for (const [i, page] of text.entries()) {
      const next = text[i + 1];
      if (!next) break;
      const last = [...page.matchAll(/Family(\d+)/g)].pop();
      const first = /Family(\d+)/.exec(next);
      if (last && first) expect(first[1]).not.toBe(last[1]);
    }
  });

  it.runIf(canRead)('widens the group column for six-digit household numbers', async () => {
    const wide = { ...table, rows: [[123456, 'Family', 'One', '1990-01-01', 'P1', '']] };
    const [page] = pagesOf(await manifestToPdf(wide, options));
    expect(page).toMatch(/^\s*123456\s+Family\s+One/m);
    expect(page).toContain('1 person in 1 household');
  });

  it('reports pages as they are drawn, and stops when the report is refused', async () => {
    const many = {
      ...table,
      rows: Array.from({ length: 1500 }, (_, i) => [i + 1, `F${i}`, 'A', '', '', '']),
    };
    const seen: [number, number][] = [];
    const pdf = await manifestToPdf(many, {
      ...options,
      onPage: async (done, total) => void seen.push([done, total]),
    });
    const pages = pageCount(pdf);
    expect(seen.length).toBe(Math.floor(pages / 50));
    expect(seen[0]).toEqual([50, pages]);
    const cancelled = manifestToPdf(many, {
      ...options,
      onPage: () => Promise.reject(new Error('cancelled by the officer')),
    });
    await expect(cancelled).rejects.toThrow('cancelled by the officer');
  });

  it('writes the same bytes for the same table and time', async () => {
    const a = await manifestToPdf(table, options);
    const b = await manifestToPdf(table, options);
    expect(a.equals(b)).toBe(true);
  });
});
