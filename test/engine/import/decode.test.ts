import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { NotTextError, decodeText, sniffFileKind } from '../../../electron/engine/import/decode';
import { isMusterError } from '../../../shared/errors';

const CSV = 'Prénom;Nom;Né le\nJosé;Müller;03/04/1988\nFrançoise;Åström;12/11/1975\n';

function catchError(fn: () => unknown): unknown {
  try {
    fn();
  } catch (e) {
    return e;
  }
  throw new Error('expected an error');
}

describe('decodeText', () => {
  it('reads UTF-8 with and without a BOM', () => {
    const plain = decodeText(Buffer.from(CSV, 'utf8'));
    expect(plain).toEqual({ text: CSV, encoding: 'utf-8', confidence: 1 });
    const withBom = decodeText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(CSV, 'utf8')]));
    expect(withBom.text).toBe(CSV);
    expect(withBom.encoding).toBe('utf-8');
  });

  it('reads Arabic UTF-8 without a BOM', () => {
    const text = 'الاسم,تاريخ الميلاد\nمحمد,1988-04-03\n';
    expect(decodeText(Buffer.from(text, 'utf8')).text).toBe(text);
  });

  it('reads UTF-16 LE and BE with a BOM', () => {
    const le = decodeText(iconv.encode(CSV, 'utf-16le', { addBOM: true }));
    expect(le).toMatchObject({ text: CSV, encoding: 'utf-16le', confidence: 1 });
    const be = decodeText(iconv.encode(CSV, 'utf-16be', { addBOM: true }));
    expect(be).toMatchObject({ text: CSV, encoding: 'utf-16be', confidence: 1 });
  });

  it('recognises BOM-less UTF-16 BE and LE by their NUL bytes', () => {
    const be = decodeText(iconv.encode(CSV, 'utf-16be'));
    expect(be.text).toBe(CSV);
    expect(be.encoding).toBe('utf-16be');
    expect(be.confidence).toBeGreaterThan(0.5);
    const le = decodeText(iconv.encode(CSV, 'utf-16le'));
    expect(le.text).toBe(CSV);
    expect(le.encoding).toBe('utf-16le');
  });

  it('reads UTF-32 with a BOM', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe, 0x00, 0x00]), iconv.encode(CSV, 'utf-32le')]);
    expect(decodeText(bytes)).toMatchObject({ text: CSV, encoding: 'utf-32le' });
  });

  it('reads a Windows-1252 "Prénom" file (Excel "CSV (Windows)")', () => {
    const bytes = iconv.encode(CSV + 'Price;10 €;“quoted”\n', 'windows-1252');
    const decoded = decodeText(bytes);
    expect(decoded.encoding).toBe('windows-1252');
    expect(decoded.text.startsWith('Prénom;Nom;Né le')).toBe(true);
    expect(decoded.text).toContain('10 €;“quoted”');
    expect(decoded.confidence).toBeLessThan(1);
  });

  it('reads an ISO-8859-2 file as such', () => {
    const text =
      'Imię;Nazwisko;Miasto\nŁukasz;Żółkiewski;Łódź\nGrażyna;Wiśniewska;Kraków\nStanisław;Dąbrowski;Gdańsk\n';
    const decoded = decodeText(iconv.encode(text.repeat(5), 'iso-8859-2'));
    expect(decoded.encoding).toBe('iso-8859-2');
    expect(decoded.text.slice(0, text.length)).toBe(text);
  });

  it('honours an explicit encoding over detection', () => {
    const bytes = iconv.encode('Jos\u00e9;M\u00fcller\n', 'windows-1252');
    expect(decodeText(bytes, { encoding: 'ISO-8859-15' })).toEqual({
      text: 'José;Müller\n',
      encoding: 'iso-8859-15',
      confidence: 1,
    });
    // Forcing UTF-16 on a UTF-16 file without a BOM is allowed, NUL bytes and all.
    expect(decodeText(iconv.encode('A;B\n', 'utf-16le'), { encoding: 'utf-16le' }).text).toBe('A;B\n');
  });

  it('refuses an unknown override with INVALID_INPUT', () => {
    const e = catchError(() => decodeText(Buffer.from('a'), { encoding: 'klingon-8' }));
    expect(isMusterError(e) && e.code).toBe('INVALID_INPUT');
  });

  it('returns empty text for an empty file', () => {
    expect(decodeText(new Uint8Array(0))).toEqual({ text: '', encoding: 'utf-8', confidence: 1 });
  });
});

describe('binary files', () => {
  const png = Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]),
    Buffer.from('IHDR'),
    Buffer.alloc(64, 7),
  ]);

  it('refuses a PNG renamed .csv with a clear INVALID_INPUT', () => {
    const e = catchError(() => decodeText(png));
    expect(e).toBeInstanceOf(NotTextError);
    expect((e as NotTextError).code).toBe('INVALID_INPUT');
    expect((e as NotTextError).kind).toBe('png');
    expect((e as NotTextError).message).toMatch(/PNG image/);
  });

  it('reports a ZIP (an .xlsx is one) as kind "zip" so the caller can route it', () => {
    const zip = Buffer.concat([
      Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]),
      Buffer.from('[Content_Types].xml'),
    ]);
    expect(sniffFileKind(zip)).toBe('zip');
    const e = catchError(() => decodeText(zip)) as NotTextError;
    expect(e.kind).toBe('zip');
    expect(e.message).toMatch(/xlsx/);
  });

  it('names PDFs, old .xls files and gzip archives', () => {
    expect(sniffFileKind(Buffer.from('%PDF-1.7\n%âãÏÓ\n'))).toBe('pdf');
    expect(sniffFileKind(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]))).toBe('ole');
    expect(sniffFileKind(Buffer.from([0x1f, 0x8b, 0x08, 0x00]))).toBe('gzip');
    expect(() => decodeText(Buffer.from('%PDF-1.4\n'))).toThrow(NotTextError);
  });

  it('refuses text with NUL bytes that is not UTF-16', () => {
    const bytes = Buffer.from(
      'name,phone\nAli,03\u0000\u0000\u0000123\n\u0000\u0001\u0002\u0003binary',
      'latin1',
    );
    expect(sniffFileKind(bytes)).toBe('binary');
    expect((catchError(() => decodeText(bytes)) as NotTextError).kind).toBe('binary');
  });

  it('does not take a CSV that merely starts with "MZ" or "GIF" for a binary', () => {
    expect(decodeText(Buffer.from('MZ,GIF8\n1,2\n')).text).toBe('MZ,GIF8\n1,2\n');
    expect(sniffFileKind(Buffer.from('MZ,GIF8\n'))).toBe('text');
  });
});
