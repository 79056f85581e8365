// The fonts a PDF manifest embeds. PDF's standard fonts have no Arabic or Cyrillic, so Noto Sans and
// Noto Naskh Arabic (SIL Open Font License 1.1) are embedded, as the per-script WOFF files the
// @fontsource packages ship (fontkit reads WOFF; only the glyphs used are embedded). Each file covers a
// Unicode range listed in the package's unicode.json: a code point is drawn with the first file that
// covers it. In the packaged app electron-builder copies those files to <resources>/fonts/<package>
// (extraResources), because the engine's worker cannot rely on reading inside app.asar; everywhere
// else (tsx, vitest, the CLI, the built app in out/) the installed package is resolved from here.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { MusterError } from '../../../shared/errors';

interface Family {
  pkg: string;
  subsets: readonly string[];
}

const SANS: Family = {
  pkg: 'noto-sans',
  subsets: [
    'latin',
    'latin-ext',
    'vietnamese',
    'cyrillic',
    'cyrillic-ext',
    'greek',
    'greek-ext',
    'devanagari',
  ],
};
const ARABIC: Family = { pkg: 'noto-naskh-arabic', subsets: ['arabic'] };

/** A face, as its index in `FontSet.faces`. */
export type FaceId = number;

export interface Face {
  /** Name the face is registered under in a PDFKit document. */
  name: string;
  file: Buffer;
  /** Arabic script: shaped and laid out as a whole right-to-left run. */
  rtl: boolean;
}

export interface FontSet {
  faces: Face[];
  /** Bold Latin, for headings and labels, which are plain ASCII. */
  bold: Face;
  /** Index into `faces` for each BMP code point, or NONE. */
  coverage: Uint8Array;
}

export const NONE = 255;
/** Every face has a space, so a space never splits a run of Arabic or Cyrillic. */
const SPACE = 0x20;

export interface FontLocation {
  /** Electron's resources folder; undefined outside a packaged app. */
  resourcesPath: string | undefined;
  exists: (path: string) => boolean;
  /** The installed package's folder, or undefined when it is not installed. */
  installed: (pkg: string) => string | undefined;
}

/** Where a package's fonts are read from: the packaged app's copy first, else the installed package. */
export function fontFolder(pkg: string, at: FontLocation): string {
  if (at.resourcesPath) {
    const bundled = join(at.resourcesPath, 'fonts', pkg);
    if (at.exists(join(bundled, 'unicode.json'))) return bundled;
  }
  const installed = at.installed(pkg);
  if (installed === undefined) {
    throw new MusterError('INTERNAL', `The fonts for PDF files are missing (${pkg}); reinstall Muster.`);
  }
  return installed;
}

function installedPackage(pkg: string): string | undefined {
  try {
    return dirname(createRequire(import.meta.url).resolve(`@fontsource/${pkg}/package.json`));
  } catch {
    return undefined;
  }
}

function woffName(pkg: string, subset: string, weight: number): string {
  return `files/${pkg}-${subset}-${weight}-normal.woff`;
}

/** Every file a manifest reads, by package, relative to the package's folder: what packaging copies. */
export function fontFiles(): { pkg: string; files: string[] }[] {
  return [SANS, ARABIC].map((f) => ({
    pkg: f.pkg,
    files: [
      'unicode.json',
      ...f.subsets.map((s) => woffName(f.pkg, s, 400)),
      ...(f === SANS ? [woffName(f.pkg, 'latin', 700)] : []),
    ],
  }));
}

function readRanges(folder: string): Record<string, string> {
  return JSON.parse(readFileSync(join(folder, 'unicode.json'), 'utf8')) as Record<string, string>;
}

/** "U+0000-00FF,U+0131" → [[0, 255], [305, 305]] */
function parseRanges(spec: string): [number, number][] {
  return spec.split(',').map((part) => {
    const [from, to] = part.trim().replace(/^U\+/i, '').split('-');
    const start = parseInt(from!, 16);
    return [start, to === undefined ? start : parseInt(to, 16)];
  });
}

/**
 * A WOFF 1.0 file as the TrueType/OpenType font it wraps. fontkit reads WOFF, but inflates a table
 * again each time it reads from it (every new glyph, every subset): unwrapped once here, a 100,000-row
 * manifest no longer spends seconds decompressing the same bytes.
 */
export function woffToSfnt(woff: Buffer): Buffer {
  if (woff.readUInt32BE(0) !== 0x774f4646) return woff; // "wOFF"; anything else is already a font
  const count = woff.readUInt16BE(12);
  const tables = Array.from({ length: count }, (_, i) => {
    const at = 44 + i * 20;
    const offset = woff.readUInt32BE(at + 4);
    const compressed = woff.readUInt32BE(at + 8);
    const length = woff.readUInt32BE(at + 12);
    const raw = woff.subarray(offset, offset + compressed);
    return {
      tag: woff.readUInt32BE(at),
      checksum: woff.readUInt32BE(at + 16),
      data: compressed < length ? inflateSync(raw) : raw,
    };
  });
  const headerSize = 12 + 16 * count;
  const padded = (n: number) => (n + 3) & ~3;
  const out = Buffer.alloc(headerSize + tables.reduce((n, t) => n + padded(t.data.length), 0));
  const log2 = Math.floor(Math.log2(count));
  out.writeUInt32BE(woff.readUInt32BE(4), 0); // flavour: TrueType or CFF
  out.writeUInt16BE(count, 4);
  out.writeUInt16BE(16 << log2, 6);
  out.writeUInt16BE(log2, 8);
  out.writeUInt16BE(count * 16 - (16 << log2), 10);
  let offset = headerSize;
  tables.forEach((t, i) => {
    const at = 12 + i * 16;
    out.writeUInt32BE(t.tag, at);
    out.writeUInt32BE(t.checksum, at + 4);
    out.writeUInt32BE(offset, at + 8);
    out.writeUInt32BE(t.data.length, at + 12);
    t.data.copy(out, offset);
    offset += padded(t.data.length);
  });
  return out;
}

let cached: FontSet | undefined;

/** Reads the font files once per process: every later PDF reuses them. */
export function manifestFonts(): FontSet {
  if (cached) return cached;
  const faces: Face[] = [];
  const coverage = new Uint8Array(0x10000).fill(NONE);
  let bold: Face | undefined;
  for (const family of [SANS, ARABIC]) {
    const folder = fontFolder(family.pkg, {
      resourcesPath: (process as { resourcesPath?: string }).resourcesPath,
      exists: existsSync,
      installed: installedPackage,
    });
    const ranges = readRanges(folder);
    const file = (subset: string, weight: number) =>
      woffToSfnt(readFileSync(join(folder, woffName(family.pkg, subset, weight))));
    for (const subset of family.subsets) {
      const id = faces.length;
      faces.push({ name: `${family.pkg}-${subset}`, file: file(subset, 400), rtl: family === ARABIC });
      for (const [start, end] of parseRanges(ranges[subset] ?? '')) {
        for (let cp = start; cp <= Math.min(end, 0xffff); cp++) if (coverage[cp] === NONE) coverage[cp] = id;
      }
    }
    if (family === SANS) bold = { name: `${family.pkg}-latin-bold`, file: file('latin', 700), rtl: false };
  }
  cached = { faces, bold: bold!, coverage };
  return cached;
}

/** The face that draws `cp`, staying with `current` when it can (spaces, shared punctuation). */
export function faceFor(fonts: FontSet, cp: number, current: FaceId): FaceId {
  if (cp === SPACE && current !== NONE) return current;
  const face = cp < 0x10000 ? fonts.coverage[cp]! : NONE;
  if (current !== NONE && face !== current && cp < 0x10000 && coversAlso(fonts, cp, current)) return current;
  return face === NONE ? 0 : face;
}

// Ranges overlap (U+200C-200E, the joiners, are in both Latin and Arabic): keeping a joiner inside its
// Arabic run is what lets it shape the letters around it.
function coversAlso(fonts: FontSet, cp: number, face: FaceId): boolean {
  return fonts.faces[face]!.rtl && ((cp >= 0x200c && cp <= 0x200e) || (cp >= 0x2010 && cp <= 0x2011));
}
