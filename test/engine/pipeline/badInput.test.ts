// Files that are not what they claim, or are hostile: a clear message, reasons per row when the file
// is readable, and the vault byte-for-byte unchanged when it is not.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectSameFolder, folderSnapshot } from '../helpers';
import { openHarness, type Harness } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await openHarness();
});
afterAll(() => h.dispose());

const MAPPING = {
  columns: { Name: 'full_name', DOB: 'date_of_birth', Phone: 'phone' },
  country: 'LB',
} as const;

function file(name: string, content: string | Buffer): string {
  const path = join(h.dir, name);
  writeFileSync(path, content);
  return path;
}

async function refusedUnchanged(path: string, message: RegExp) {
  const files = folderSnapshot(h.dir);
  const info = await h.call('vault.info', {});
  const error = await h.fail('import.run', { path, source: 'test', mapping: MAPPING });
  expect(error.code).toBe('INVALID_INPUT');
  expect(error.message).toMatch(message);
  expect(await h.call('vault.info', {})).toEqual(info);
  expectSameFolder(files, folderSnapshot(h.dir));
}

describe('unreadable files leave the vault unchanged', () => {
  it('an empty file', () => refusedUnchanged(file('empty.csv', ''), /empty/));
  it('a header without rows', () =>
    refusedUnchanged(file('header.csv', 'Name,DOB,Phone\r\n'), /no data rows/));
  it('a binary file renamed .csv', () =>
    refusedUnchanged(
      file('image.csv', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 1])),
      /PNG/,
    ));
  it('a JSON that is not an array', () =>
    refusedUnchanged(file('obj.json', '{"Name": "Ana"}'), /not an array/));
  it('a JSON array of numbers', () =>
    refusedUnchanged(file('nums.json', '[1, 2, 3]'), /not an array of records/));
  it('a broken workbook', () =>
    refusedUnchanged(
      file('broken.xlsx', Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(64, 7)])),
      /xlsx/,
    ));
});

describe('readable files with bad rows', () => {
  it('rejects ragged and repeated-header rows with reasons, keeps formulas and HTML as text, flags 31/02', async () => {
    const big = 'x'.repeat(20 * 1024 * 1024);
    const csv = [
      'Name,DOB,Phone',
      'Ana Lima,12/03/1990,03 123 456',
      'Too,Many,Cells,Here',
      'Name,DOB,Phone',
      '=HYPERLINK("http://x"),01/01/1980,',
      '<b>Maria</b> Santos,31/02/1990,71 234 567',
      `Big Cell,01/01/1970,${big}`,
      ',,',
    ].join('\n');
    const { batchId, counts } = await h.call('import.run', {
      path: file('bad.csv', csv),
      source: 'bad',
      mapping: MAPPING,
    });
    expect(counts).toMatchObject({ read: 7, imported: 4, rejected: 3 });
    const rejects = await h.call('import.rejects', { batchId, limit: 100 });
    expect(rejects.map((r) => r.row)).toEqual([3, 4, 8]);
    expect(rejects[0]!.reason).toMatch(/4 cell\(s\) where the header has 3/);
    expect(rejects[1]!.reason).toMatch(/repeats the header/);
    expect(rejects[2]!.reason).toMatch(/empty/);

    const formula = await h.call('people.search', {
      query: 'HYPERLINK',
      filters: {},
      sort: 'surname',
      offset: 0,
      limit: 5,
    });
    const detail = await h.call('people.get', { id: formula.rows[0]!.id });
    expect(String(detail.person.full_name)).toContain('=HYPERLINK');
    const maria = await h.call('people.search', {
      query: 'Maria Santos',
      filters: {},
      sort: 'surname',
      offset: 0,
      limit: 5,
    });
    const m = await h.call('people.get', { id: maria.rows[0]!.id });
    expect(m.person.date_of_birth).toBeNull();
    expect(m.provenance[0]!.original.date_of_birth).toBe('31/02/1990');

    const out = join(h.dir, 'rejects.csv');
    expect(await h.call('import.exportRejects', { batchId, path: out })).toEqual({ path: out, rows: 3 });
  });

  it('reads 5,000 columns', async () => {
    const headers = ['Name', ...Array.from({ length: 4999 }, (_, i) => `C${i}`)];
    const row = ['Ana Lima', ...Array.from({ length: 4999 }, () => 'v')];
    const path = file('wide.csv', `${headers.join(',')}\n${row.join(',')}\n`);
    const preview = await h.call('import.preview', { path });
    expect(preview.headers).toHaveLength(5000);
    const { counts } = await h.call('import.run', {
      path,
      source: 'wide',
      mapping: { columns: { Name: 'full_name' } },
    });
    expect(counts).toMatchObject({ read: 1, imported: 1 });
  });

  it('lists hidden sheets without choosing them, and keeps a merged range value in its top-left cell', async () => {
    const wb = new ExcelJS.Workbook();
    const hidden = wb.addWorksheet('Secret');
    hidden.state = 'hidden';
    hidden.addRow(['Name']);
    const ws = wb.addWorksheet('Staff');
    ws.addRow(['Name', 'DOB', 'Phone']);
    ws.addRow(['Ana Lima', '12/03/1990', '03 123 456']);
    ws.addRow(['Joe Doe', '01/01/1980', '']);
    ws.mergeCells('B3:C3');
    const path = join(h.dir, 'book.xlsx');
    await wb.xlsx.writeFile(path);
    const preview = await h.call('import.preview', { path });
    expect(preview.sheets).toEqual([
      { name: 'Secret', hidden: true },
      { name: 'Staff', hidden: false },
    ]);
    expect(preview.sheet).toBe('Staff');
    const { counts } = await h.call('import.run', { path, source: 'book', mapping: MAPPING });
    expect(counts).toMatchObject({ read: 2, imported: 2 });
    const joe = await h.call('people.search', {
      query: 'Joe Doe',
      filters: {},
      sort: 'surname',
      offset: 0,
      limit: 1,
    });
    const issues = (await h.call('people.get', { id: joe.rows[0]!.id })).person;
    expect(issues.date_of_birth).toBe('1980-01-01');
  });
});
