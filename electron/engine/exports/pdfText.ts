// Setting a line of text in a fixed width, in any script the manifest meets. PDFKit's own wrapping
// measures and re-measures every word through an event-driven wrapper and picks one font per call;
// here a cell is cut into runs of one face each (Latin, Cyrillic, Arabic… see pdfFonts), wrapped by
// words (a word wider than the cell is cut between characters), and capped at a number of lines with
// an ellipsis, so a 300-character name stays inside its cell. Right-to-left text is put in visual
// order with the Unicode bidirectional algorithm (bidi-js); an Arabic run is handed to fontkit whole,
// in logical order, so it is shaped (joined letters) and reversed as one piece.
import bidiFactory from 'bidi-js';
import { faceFor, NONE, type FaceId, type FontSet } from './pdfFonts';

export interface Run {
  face: FaceId;
  text: string;
  width: number;
  /** An Arabic run: laid out whole by fontkit rather than word by word. */
  shaped: boolean;
}

export interface Line {
  runs: Run[];
  width: number;
}

export interface Block {
  lines: Line[];
  /** The text reads right to left: it is aligned to the right of its cell. */
  rtl: boolean;
}

const bidi = bidiFactory();
const ELLIPSIS = '…';
// Hebrew, Arabic, Syriac, Thaana, N'Ko… and the Arabic presentation forms.
const RTL = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/;
// Latin-1 only: one face, left to right, no bidi work; most cells of a manifest are like this.
const LATIN1 = /^[\u0020-\u00ff]*$/;
const MARK = /^\p{M}/u;
/** Any non-empty feature list makes PDFKit lay out a run whole instead of word by word. */
const SHAPE = ['rlig'];

type Doc = PDFKit.PDFDocument;
/** Bold Latin is outside the fallback list, so it takes the number no fallback face can have. */
const BOLD: FaceId = NONE;

export class TextSetter {
  private face = -1;
  private size = 0;
  /** Widths and glyphs of shaped runs: PDFKit caches word layouts, but not whole-run ones. */
  private readonly shapedWidths = new Map<string, number>();
  private readonly shapedGlyphs = new Map<string, [string[], Position[]]>();
  /** Advance of each Latin-1 character at 1 pt, per face: most cells are sized without a layout. */
  private readonly latin1 = new Map<FaceId, Latin1>();

  constructor(
    private readonly doc: Doc,
    private readonly fonts: FontSet,
  ) {
    for (const f of fonts.faces) doc.registerFont(f.name, f.file);
    doc.registerFont(fonts.bold.name, fonts.bold.file);
  }

  private use(face: FaceId, size: number): void {
    if (face === this.face && size === this.size) return;
    this.doc.font(face === BOLD ? this.fonts.bold.name : this.fonts.faces[face]!.name, size);
    this.face = face;
    this.size = size;
  }

  private measure(face: FaceId, text: string, size: number, shaped: boolean): number {
    if (isQuick(face, text)) return this.quickWidth(face, text, size);
    if (!shaped) {
      this.use(face, size);
      return this.doc.widthOfString(text);
    }
    const key = `${face}\u0000${size}\u0000${text}`;
    let width = this.shapedWidths.get(key);
    if (width === undefined) {
      this.use(face, size);
      width = this.doc.widthOfString(text, { features: SHAPE as PDFKit.Mixins.OpenTypeFeatures[] });
      this.shapedWidths.set(key, width);
    }
    return width;
  }

  /**
   * Latin-1 in the Latin faces is set from a table of glyphs and advances, without fontkit's layout
   * (no kerning, no ligatures: a manifest does not need them), because laying out every passport
   * number, phone and name of 100,000 people took more time than everything else together.
   */
  private latinTable(face: FaceId): Latin1 {
    let table = this.latin1.get(face);
    if (!table) {
      this.use(face, 1);
      const font = (this.doc as unknown as Internals)._font;
      const advances = new Float64Array(256);
      for (let c = 0x20; c < 0x100; c++)
        advances[c] = font.font.glyphForCodePoint(c).advanceWidth * (font.scale / 1000);
      table = { advances, hex: new Array<string>(256).fill('') };
      this.latin1.set(face, table);
    }
    return table;
  }

  private quickWidth(face: FaceId, text: string, size: number): number {
    const { advances } = this.latinTable(face);
    let width = 0;
    for (let i = 0; i < text.length; i++) width += advances[text.charCodeAt(i)]!;
    return width * size;
  }

  /** The glyphs of a Latin-1 string, each added to the embedded subset the first time it is used. */
  private quickHex(face: FaceId, text: string): string {
    const table = this.latinTable(face);
    const font = (this.doc as unknown as Internals)._font;
    let hex = '';
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      let glyph = table.hex[c]!;
      if (glyph === '') {
        const g = font.font.glyphForCodePoint(c);
        const id = font.subset.includeGlyph(g.id);
        font.widths[id] ??= g.advanceWidth * font.scale;
        font.unicode[id] ??= g.codePoints;
        glyph = table.hex[c] = id.toString(16).padStart(4, '0');
      }
      hex += glyph;
    }
    return hex;
  }

  /** Runs of one face each, in logical order. */
  private faceRuns(text: string): { face: FaceId; text: string }[] {
    if (LATIN1.test(text)) return [{ face: 0, text }];
    const runs: { face: FaceId; text: string }[] = [];
    let current: FaceId = NONE;
    let start = 0;
    for (let i = 0; i < text.length;) {
      const cp = text.codePointAt(i)!;
      const face = faceFor(this.fonts, cp, current);
      if (face !== current && i > start) {
        runs.push({ face: current, text: text.slice(start, i) });
        start = i;
      }
      current = face;
      i += cp > 0xffff ? 2 : 1;
    }
    if (start < text.length) runs.push({ face: current, text: text.slice(start) });
    return runs;
  }

  /** Width of `text` at `size`, each face measured on its own run. */
  widthOf(text: string, size: number): number {
    let width = 0;
    for (const r of this.faceRuns(text)) {
      width += this.measure(r.face, r.text, size, this.fonts.faces[r.face]!.rtl);
    }
    return width;
  }

  /**
   * `text` in at most `maxLines` lines of at most `width` points; what does not fit ends in "…".
   * `bold` is for fixed labels, in bold Latin (text beyond Latin-1 is set in the regular faces).
   */
  layout(text: string, width: number, size: number, maxLines: number, bold = false): Block {
    const clean = text.replace(/\s+/g, ' ').trim();
    if (clean === '') return { lines: [], rtl: false };
    if (bold && LATIN1.test(clean)) return this.boldLayout(clean, width, size, maxLines);
    if (LATIN1.test(clean)) {
      const quick = this.quickWidth(0, clean, size);
      if (quick <= width) {
        return {
          lines: [{ runs: [{ face: 0, text: clean, width: quick, shaped: false }], width: quick }],
          rtl: false,
        };
      }
    }
    const rtl = RTL.test(clean) && bidi.getEmbeddingLevels(clean, 'auto').paragraphs[0]!.level % 2 === 1;
    let lines = this.widthOf(clean, size) <= width ? [clean] : this.wrap(clean, width, size);
    if (lines.length > maxLines) {
      lines = lines.slice(0, maxLines);
      lines[maxLines - 1] = this.ellipsize(lines[maxLines - 1]!, width, size);
    }
    return { lines: lines.map((l) => this.visualLine(l, size, rtl)), rtl };
  }

  private boldLayout(text: string, width: number, size: number, maxLines: number): Block {
    const measure = (s: string) => this.quickWidth(BOLD, s, size);
    const lines: string[] = [];
    let line = '';
    for (const word of text.split(' ')) {
      const candidate = line ? `${line} ${word}` : word;
      if (line && measure(candidate) > width) {
        lines.push(line);
        line = word;
      } else line = candidate;
    }
    lines.push(line);
    return {
      lines: lines.slice(0, maxLines).map((l) => {
        const w = measure(l);
        return { runs: [{ face: BOLD, text: l, width: w, shaped: false }], width: w };
      }),
      rtl: false,
    };
  }

  private wrap(text: string, width: number, size: number): string[] {
    const space = this.widthOf(' ', size);
    const lines: string[] = [];
    let line = '';
    let lineWidth = 0;
    for (let word of text.split(' ')) {
      let wordWidth = this.widthOf(word, size);
      if (line && lineWidth + space + wordWidth <= width) {
        line += ` ${word}`;
        lineWidth += space + wordWidth;
        continue;
      }
      if (line) lines.push(line);
      while (wordWidth > width) {
        const cut = this.fit(word, width, size);
        lines.push(word.slice(0, cut));
        word = word.slice(cut);
        wordWidth = this.widthOf(word, size);
      }
      line = word;
      lineWidth = wordWidth;
    }
    if (line) lines.push(line);
    return lines;
  }

  /** The longest prefix of `text` (in UTF-16 units, never splitting a character) within `width`. */
  private fit(text: string, width: number, size: number): number {
    const chars = Array.from(text);
    let lo = 1; // at least one character per line, or the cell would never empty
    let hi = chars.length;
    while (lo < hi) {
      const mid = Math.ceil((lo + hi) / 2);
      if (this.widthOf(chars.slice(0, mid).join(''), size) <= width) lo = mid;
      else hi = mid - 1;
    }
    // A combining accent stays with its letter.
    while (lo > 1 && lo < chars.length && MARK.test(chars[lo]!)) lo--;
    return chars.slice(0, lo).join('').length;
  }

  private ellipsize(line: string, width: number, size: number): string {
    const room = width - this.widthOf(ELLIPSIS, size);
    const kept = this.widthOf(line, size) <= room ? line : line.slice(0, this.fit(line, room, size));
    return kept.trimEnd() + ELLIPSIS;
  }

  /** Runs in the order they are drawn, left to right. */
  private visualLine(line: string, size: number, rtl: boolean): Line {
    const pieces = RTL.test(line)
      ? this.bidiRuns(line, rtl)
      : this.faceRuns(line).map((r) => ({ ...r, rtl: false }));
    const runs: Run[] = pieces.map((p) => {
      const shaped = this.fonts.faces[p.face]!.rtl;
      // A right-to-left run in a face fontkit does not reverse (spaces, brackets): reversed here.
      const text = p.rtl && !shaped ? Array.from(p.text).reverse().join('') : p.text;
      return { face: p.face, text, shaped, width: this.measure(p.face, text, size, shaped) };
    });
    return { runs, width: runs.reduce((w, r) => w + r.width, 0) };
  }

  private bidiRuns(line: string, rtl: boolean): { face: FaceId; text: string; rtl: boolean }[] {
    const levels = bidi.getEmbeddingLevels(line, rtl ? 'rtl' : 'ltr');
    const mirrored = bidi.getMirroredCharactersMap(line, levels.levels);
    const order = bidi.getReorderedIndices(line, levels);
    const runs: { face: FaceId; text: string; rtl: boolean; lo: number; hi: number }[] = [];
    for (const i of order) {
      const isRtl = levels.levels[i]! % 2 === 1;
      const last = runs[runs.length - 1];
      const face = faceFor(this.fonts, line.charCodeAt(i), last?.face ?? NONE);
      const joins =
        last !== undefined &&
        last.face === face &&
        last.rtl === isRtl &&
        (isRtl ? i === last.lo - 1 : i === last.hi + 1);
      if (joins) {
        if (isRtl) last.lo = i;
        else last.hi = i;
      } else runs.push({ face, text: '', rtl: isRtl, lo: i, hi: i });
    }
    return runs.map((r) => {
      let text = '';
      for (let i = r.lo; i <= r.hi; i++) text += mirrored.get(i) ?? line[i];
      return { face: r.face, text, rtl: r.rtl };
    });
  }

  private encode(run: Run): [string[], Position[]] {
    const font = (this.doc as unknown as Internals)._font;
    if (!run.shaped) return font.encode(run.text);
    const key = `${run.face}\u0000${run.text}`;
    let glyphs = this.shapedGlyphs.get(key);
    if (!glyphs) {
      glyphs = font.encode(run.text, SHAPE);
      this.shapedGlyphs.set(key, glyphs);
    }
    return glyphs;
  }

  /**
   * Draws `block` with its first line's top at `y`, right-aligned if it reads right to left. Text is
   * written straight into the page's content stream (one text object per block) from the glyphs
   * PDFKit's font lays out: its own text() call costs several times more per cell, in option
   * handling, measuring again and a graphics state per fragment.
   */
  draw(block: Block, x: number, y: number, width: number, size: number, lineHeight: number): void {
    if (block.lines.length === 0) return;
    const doc = this.doc as unknown as Internals;
    const height = doc.page.height;
    const ops: string[] = [`q 1 0 0 -1 0 ${num(height)} cm BT`];
    block.lines.forEach((line, n) => {
      let left = block.rtl ? x + width - line.width : x;
      for (const run of line.runs) {
        this.use(run.face, size);
        const font = doc._font;
        doc.page.fonts[font.id] ??= font.ref();
        const baseline = height - (y + n * lineHeight) - (font.ascender / 1000) * size;
        ops.push(`/${font.id} ${num(size)} Tf`);
        if (isQuick(run.face, run.text)) {
          ops.push(`1 0 0 1 ${num(left)} ${num(baseline)} Tm <${this.quickHex(run.face, run.text)}> Tj`);
        } else {
          glyphOps(ops, this.encode(run), left, baseline, size);
        }
        left += run.width;
      }
    });
    ops.push('ET Q');
    this.doc.addContent(ops.join('\n'));
  }
}

interface Latin1 {
  /** Advance at 1 pt. */
  advances: Float64Array;
  /** Glyph id in the embedded subset, as 4 hex digits; '' until first drawn. */
  hex: string[];
}

/** The regular and bold Latin faces cover all of Latin-1. */
function isQuick(face: FaceId, text: string): boolean {
  return (face === 0 || face === BOLD) && LATIN1.test(text);
}

interface Position {
  xAdvance: number;
  advanceWidth: number;
  xOffset: number;
  yOffset: number;
}

/** The parts of PDFKit's document and fonts that text is written with. */
interface Internals {
  _font: {
    id: string;
    ascender: number;
    scale: number;
    font: { glyphForCodePoint(cp: number): { id: number; advanceWidth: number; codePoints: number[] } };
    subset: { includeGlyph(id: number): number };
    widths: number[];
    unicode: number[][];
    ref(): unknown;
    encode(text: string, features?: string[]): [string[], Position[]];
  };
  page: { height: number; fonts: Record<string, unknown> };
}

function num(n: number): string {
  return String(Math.round(n * 100) / 100);
}

/**
 * Shows glyphs from `x` on `baseline`, as PDFKit does: kerning as TJ adjustments, and a glyph that
 * sits off the baseline (an Arabic vowel mark, a stacked Vietnamese accent) placed by its own matrix.
 */
function glyphOps(
  ops: string[],
  [hex, positions]: [string[], Position[]],
  x: number,
  baseline: number,
  size: number,
) {
  const scale = size / 1000;
  let shown: string[] = [];
  let from = 0;
  const segment = (to: number) => {
    if (from < to) {
      const p = positions[to - 1]!;
      shown.push(`<${hex.slice(from, to).join('')}> ${num(-(p.xAdvance - p.advanceWidth))}`);
    }
    from = to;
  };
  const flush = (to: number) => {
    segment(to);
    if (shown.length > 0) ops.push(`[${shown.join(' ')}] TJ`);
    shown = [];
  };
  ops.push(`1 0 0 1 ${num(x)} ${num(baseline)} Tm`);
  let offset = false;
  for (let i = 0; i < positions.length; i++) {
    const p = positions[i]!;
    if (p.xOffset || p.yOffset) {
      flush(i);
      ops.push(`1 0 0 1 ${num(x + p.xOffset * scale)} ${num(baseline + p.yOffset * scale)} Tm`);
      flush(i + 1);
      offset = true;
    } else {
      if (offset) {
        ops.push(`1 0 0 1 ${num(x)} ${num(baseline)} Tm`);
        offset = false;
      }
      if (p.xAdvance !== p.advanceWidth) segment(i + 1);
    }
    x += p.xAdvance * scale;
  }
  flush(positions.length);
}
