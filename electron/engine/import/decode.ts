// Bytes of an imported file → text. Rosters arrive from every kind of office machine: Excel's
// "CSV (Windows)" in Windows-1252, UTF-16 "Unicode text" exports, UTF-8 with or without a BOM.
// The encoding is found once here so every later step works on proper Unicode text.
import chardet from 'chardet';
import iconv from 'iconv-lite';
import { MusterError } from '../../../shared/errors';

export interface DecodedText {
  text: string;
  /** Lower-case encoding name as iconv-lite knows it, e.g. "utf-8", "utf-16be", "windows-1252". */
  encoding: string;
  /** 0..1: 1 for a byte-order mark, strict UTF-8 or an explicit override; lower for statistical guesses. */
  confidence: number;
}

export interface DecodeOptions {
  /** Decode with this encoding instead of detecting one (the officer knows better). */
  encoding?: string;
}

/** What the first bytes say the file is. Everything but 'text' is refused by decodeText. */
export type FileKind =
  'text' | 'zip' | 'ole' | 'png' | 'jpeg' | 'gif' | 'pdf' | 'gzip' | 'sqlite' | 'executable' | 'binary';

/** Raised for a file that is not text. `kind` lets the caller route a ZIP (an .xlsx workbook) elsewhere. */
export class NotTextError extends MusterError {
  readonly kind: Exclude<FileKind, 'text'>;
  constructor(kind: Exclude<FileKind, 'text'>) {
    super('INVALID_INPUT', NOT_TEXT_MESSAGES[kind]);
    this.kind = kind;
  }
}

const NOT_TEXT_MESSAGES: Record<Exclude<FileKind, 'text'>, string> = {
  zip: 'This file is a ZIP archive (an .xlsx workbook is one), not a text file: open it as a spreadsheet.',
  ole: 'This file is an old Office document (.xls or .doc): save it as .xlsx or CSV and import that.',
  png: 'This file is a PNG image, not a table of people.',
  jpeg: 'This file is a JPEG image, not a table of people.',
  gif: 'This file is a GIF image, not a table of people.',
  pdf: 'This file is a PDF document: export the table from its source as CSV or .xlsx.',
  gzip: 'This file is compressed (gzip): extract it first.',
  sqlite: 'This file is a database, not a table of people.',
  executable: 'This file is a program, not a table of people.',
  binary: 'This file holds binary data, not text: check that the right file was chosen.',
};

const MAGIC: ReadonlyArray<{ kind: Exclude<FileKind, 'text' | 'binary'>; bytes: readonly number[] }> = [
  { kind: 'zip', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { kind: 'zip', bytes: [0x50, 0x4b, 0x05, 0x06] },
  { kind: 'zip', bytes: [0x50, 0x4b, 0x07, 0x08] },
  { kind: 'ole', bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] },
  { kind: 'png', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { kind: 'jpeg', bytes: [0xff, 0xd8, 0xff] },
  { kind: 'gif', bytes: [...'GIF87a'].map((c) => c.charCodeAt(0)) },
  { kind: 'gif', bytes: [...'GIF89a'].map((c) => c.charCodeAt(0)) },
  { kind: 'pdf', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { kind: 'gzip', bytes: [0x1f, 0x8b] },
  { kind: 'sqlite', bytes: [...'SQLite format 3\0'].map((c) => c.charCodeAt(0)) },
  // ELF only: a Windows program starts with plain "MZ", which a CSV could too; its NUL bytes give it away.
  { kind: 'executable', bytes: [0x7f, 0x45, 0x4c, 0x46] },
];

interface Bom {
  encoding: string;
  bytes: readonly number[];
}

// UTF-32 LE first: its mark begins with the UTF-16 LE one.
const BOMS: readonly Bom[] = [
  { encoding: 'utf-32le', bytes: [0xff, 0xfe, 0x00, 0x00] },
  { encoding: 'utf-32be', bytes: [0x00, 0x00, 0xfe, 0xff] },
  { encoding: 'utf-8', bytes: [0xef, 0xbb, 0xbf] },
  { encoding: 'utf-16le', bytes: [0xff, 0xfe] },
  { encoding: 'utf-16be', bytes: [0xfe, 0xff] },
];

/** Detection looks at this much of the file; decoding always covers all of it. */
const SAMPLE_BYTES = 64 * 1024;

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  if (bytes.length < prefix.length) return false;
  for (let i = 0; i < prefix.length; i++) if (bytes[i] !== prefix[i]) return false;
  return true;
}

function findBom(bytes: Uint8Array): Bom | undefined {
  return BOMS.find((b) => startsWith(bytes, b.bytes));
}

/**
 * UTF-16 without a mark still shows itself: Latin text has a NUL in every other byte (odd positions
 * for little-endian, even for big-endian), which no 8-bit text ever has.
 */
function utf16ByNulPattern(bytes: Uint8Array): { encoding: string; confidence: number } | undefined {
  const n = Math.min(bytes.length, SAMPLE_BYTES) & ~1;
  if (n < 4) return undefined;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  const confidence = (share: number) => (share >= 0.5 ? 0.9 : 0.7);
  if (oddNul / pairs >= 0.3 && evenNul / pairs <= 0.02)
    return { encoding: 'utf-16le', confidence: confidence(oddNul / pairs) };
  if (evenNul / pairs >= 0.3 && oddNul / pairs <= 0.02)
    return { encoding: 'utf-16be', confidence: confidence(evenNul / pairs) };
  return undefined;
}

function hasNul(bytes: Uint8Array): boolean {
  return bytes.subarray(0, SAMPLE_BYTES).includes(0);
}

/** What kind of file this is, from its first bytes only. */
export function sniffFileKind(bytes: Uint8Array): FileKind {
  const magic = MAGIC.find((m) => startsWith(bytes, m.bytes));
  if (magic) return magic.kind;
  if (findBom(bytes) || utf16ByNulPattern(bytes)) return 'text';
  return hasNul(bytes) ? 'binary' : 'text';
}

function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function decodeWith(bytes: Uint8Array, encoding: string): string {
  // iconv-lite drops a leading BOM for the Unicode codecs; single-byte codecs keep bytes as they are.
  return iconv.decode(asBuffer(bytes), encoding);
}

function strictUtf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return undefined;
  }
}

// Latin-1 and Latin-5 files are, in practice, written by Windows in their 125x supersets, which
// also define € and the curly quotes in 0x80-0x9F.
const SUPERSET: Record<string, string> = { 'iso-8859-1': 'windows-1252', 'iso-8859-9': 'windows-1254' };

function guessLegacy(bytes: Uint8Array): { encoding: string; confidence: number } {
  const candidates = chardet.analyse(bytes.subarray(0, SAMPLE_BYTES));
  for (const c of candidates) {
    const name = c.name.toLowerCase();
    if (name === 'ascii' || name === 'utf-8') continue; // strict UTF-8 already failed
    const encoding = SUPERSET[name] ?? name;
    if (iconv.encodingExists(encoding)) return { encoding, confidence: Math.min(0.99, c.confidence / 100) };
  }
  // No statistical answer: Windows-1252 decodes every byte, so nothing is lost and the officer can override.
  return { encoding: 'windows-1252', confidence: 0.1 };
}

/**
 * Decodes a whole file. Throws NotTextError (INVALID_INPUT) for images, archives, PDFs and other
 * binary files, and MusterError INVALID_INPUT for an unknown override.
 */
export function decodeText(bytes: Uint8Array, options: DecodeOptions = {}): DecodedText {
  const magic = MAGIC.find((m) => startsWith(bytes, m.bytes));
  if (magic) throw new NotTextError(magic.kind);

  if (options.encoding !== undefined) {
    const encoding = options.encoding.trim().toLowerCase();
    if (!iconv.encodingExists(encoding)) {
      throw new MusterError(
        'INVALID_INPUT',
        'Unknown text encoding: choose another one, or let Muster detect it.',
      );
    }
    const wide = /^(utf-?16|utf-?32|ucs-?2)/.test(encoding);
    if (!wide && hasNul(bytes)) throw new NotTextError('binary');
    return { text: stripLeadingBom(decodeWith(bytes, encoding)), encoding, confidence: 1 };
  }

  if (bytes.length === 0) return { text: '', encoding: 'utf-8', confidence: 1 };

  const bom = findBom(bytes);
  if (bom)
    return { text: stripLeadingBom(decodeWith(bytes, bom.encoding)), encoding: bom.encoding, confidence: 1 };

  const utf16 = utf16ByNulPattern(bytes);
  if (utf16) return { text: decodeWith(bytes, utf16.encoding), ...utf16 };

  if (hasNul(bytes)) throw new NotTextError('binary');

  const utf8 = strictUtf8(bytes);
  if (utf8 !== undefined) return { text: utf8, encoding: 'utf-8', confidence: 1 };

  const legacy = guessLegacy(bytes);
  return { text: decodeWith(bytes, legacy.encoding), ...legacy };
}

function stripLeadingBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
