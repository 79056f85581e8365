// A manifest printed for the door of the aircraft or the bus: A4 landscape, the crisis and the time of
// export on every page, the columns the profile lets out (headings repeated on each page), one band
// per household (a household is kept on one page when it fits), a box to tick at boarding, "Page x of
// y", and signature lines at the end. Rows are measured first and the pages laid out before anything
// is drawn, so the page count is known when the first footer is written and no page has to be held
// in memory to be revisited.
import PDFDocument from 'pdfkit';
import { manifestFonts } from './pdfFonts';
import { TextSetter, type Block } from './pdfText';
import type { Table } from './table';

export interface ManifestPdfOptions {
  /** The crisis area's name, or "Selection" when people were picked one by one. */
  crisis: string;
  exportedAt: Date;
  profile: { name: string; purpose: string };
  /** Plain content streams, readable by tests; compressed otherwise. */
  compress?: boolean;
  /**
   * Called every few dozen pages with the pages drawn so far: thousands of pages take seconds, and
   * the officer sees them go by and can cancel (a rejection stops the drawing; nothing is written).
   */
  onPage?: (done: number, total: number) => Promise<void>;
}

// A4 landscape, in points.
const PAGE_W = 841.89;
const PAGE_H = 595.28;
const MARGIN = 28;
const CONTENT_W = PAGE_W - 2 * MARGIN;
const TABLE_TOP = MARGIN + 40;
const TABLE_BOTTOM = PAGE_H - MARGIN - 16;

const BODY = 8;
const LINE = 10.5;
const PAD_X = 3;
const PAD_Y = 3;
/** A cell never grows past this: a 300-character name wraps, then ends in "…". */
const MAX_LINES = 3;
const HEAD = 7.5;
const SIGNATURES_H = 92;
const BOX = 8;

const INK = '#000000';
const GREY = '#555555';
const RULE = '#c4c9d0';
const HOUSEHOLD_RULE = '#2b2f36';
const BAND = '#eef1f5';

const PAGES_PER_REPORT = 50;

const CHECK_IN = 'Checked in';
const GROUP = 'Group';

/** Relative column widths: names and needs get room, codes and counts little. */
const WEIGHTS: Record<string, number> = {
  Group: 0.55,
  Reference: 1.3,
  Surname: 2.2,
  'Given names': 2.4,
  'Date of birth': 1.1,
  'Age band': 0.85,
  Sex: 0.5,
  Nationality: 1.05,
  'Passport number': 1.35,
  'Passport expiry': 1.1,
  Phone: 1.55,
  'Household size': 0.95,
  Dependants: 1.05,
  'Special needs': 2,
  Status: 1.25,
  [CHECK_IN]: 0.8,
};

interface Column {
  header: string;
  /** Index in the table's rows; -1 for the check-in box a profile without it still gets. */
  source: number;
  x: number;
  width: number;
}

/**
 * Widths by weight, except that the group column is never narrower than its largest number: a
 * manifest of 100,000 households must not print "6805" over "9". The other columns give up the room.
 */
function columnsOf(table: Table, groupWidth: number): Column[] {
  const headers = table.header.map((header, source) => ({ header, source }));
  if (!table.header.includes(CHECK_IN)) headers.push({ header: CHECK_IN, source: -1 });
  const weight = (header: string) => WEIGHTS[header] ?? 1;
  const total = headers.reduce((sum, c) => sum + weight(c.header), 0);
  const share = (header: string) => (weight(header) / total) * CONTENT_W;
  const fixed = headers.some((c) => c.header === GROUP) ? Math.max(share(GROUP), groupWidth) : 0;
  const scale = (CONTENT_W - fixed) / (CONTENT_W - (fixed > 0 ? share(GROUP) : 0));
  let x = MARGIN;
  return headers.map((c) => {
    const width = c.header === GROUP ? fixed : share(c.header) * scale;
    const column = { ...c, x, width };
    x += width;
    return column;
  });
}

function text(value: unknown): string {
  return value === null || value === undefined ? '' : String(value);
}

/** Local time with its offset: the officer signs against the clock on the wall. */
function stamp(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const offset = -d.getTimezoneOffset();
  const abs = Math.abs(offset);
  return (
    `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}` +
    ` UTC${offset < 0 ? '-' : '+'}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`
  );
}

/** "1 person in 1 household", "100,000 people in 61,204 households" */
function headcount(people: number, households: number): string {
  const n = (v: number) => v.toLocaleString('en-US');
  return (
    `${n(people)} ${people === 1 ? 'person' : 'people'} in ` +
    `${n(households)} ${households === 1 ? 'household' : 'households'}`
  );
}

interface Plan {
  heights: Float64Array;
  /** First row of each page; the last page may hold only the signatures. */
  pageStarts: number[];
  signaturesAlone: boolean;
  households: number;
}

/** Households: runs of rows sharing a group number (manifestTable emits them together). */
function householdStarts(table: Table, group: number): number[] {
  const starts: number[] = [];
  for (let r = 0; r < table.rows.length; r++) {
    if (r === 0 || group < 0 || table.rows[r]![group] !== table.rows[r - 1]![group]) starts.push(r);
  }
  return starts;
}

function paginate(heights: Float64Array, starts: number[], headerH: number): Plan {
  const top = TABLE_TOP + headerH;
  const room = TABLE_BOTTOM - top;
  const pageStarts = [0];
  let y = top;
  starts.forEach((start, h) => {
    const end = starts[h + 1] ?? heights.length;
    let household = 0;
    for (let r = start; r < end; r++) household += heights[r]!;
    // A household that fits on a page is not split across two.
    if (y + household > TABLE_BOTTOM && y > top && household <= room) {
      pageStarts.push(start);
      y = top;
    }
    for (let r = start; r < end; r++) {
      if (y + heights[r]! > TABLE_BOTTOM && y > top) {
        pageStarts.push(r);
        y = top;
      }
      y += heights[r]!;
    }
  });
  const signaturesAlone = y + SIGNATURES_H > TABLE_BOTTOM + 16;
  return { heights, pageStarts, signaturesAlone, households: starts.length };
}

export async function manifestToPdf(table: Table, options: ManifestPdfOptions): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    layout: 'landscape',
    margin: MARGIN,
    autoFirstPage: false,
    compress: options.compress ?? true,
    info: { Title: 'Evacuation manifest', Creator: 'Muster', CreationDate: options.exportedAt },
  });
  const parts: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => parts.push(chunk));
  const ended = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(parts)));
    doc.on('error', reject);
  });

  const setter = new TextSetter(doc, manifestFonts());
  const group = table.header.indexOf(GROUP);
  const lastGroup = group < 0 ? '' : text(table.rows[table.rows.length - 1]?.[group]);
  const columns = columnsOf(table, setter.widthOf(lastGroup, BODY) + 2 * PAD_X + 1);
  const heads = columns.map((c) => setter.layout(c.header, c.width - 2 * PAD_X, HEAD, 2, true));
  const headerH = Math.max(...heads.map((b) => b.lines.length)) * LINE + 2 * PAD_Y;

  const cellBlock = (row: readonly unknown[], c: Column): Block =>
    c.source < 0 || c.header === CHECK_IN
      ? { lines: [], rtl: false }
      : setter.layout(text(row[c.source]), c.width - 2 * PAD_X, BODY, MAX_LINES);
  const heights = new Float64Array(table.rows.length);
  table.rows.forEach((row, r) => {
    let lines = 1;
    for (const c of columns) lines = Math.max(lines, cellBlock(row, c).lines.length);
    heights[r] = lines * LINE + 2 * PAD_Y;
  });
  const starts = householdStarts(table, group);
  const plan = paginate(heights, starts, headerH);
  const pageCount = plan.pageStarts.length + (plan.signaturesAlone ? 1 : 0);
  const households = new Set(starts);
  const draw = new Drawing(doc, setter, columns, options, pageCount);

  let household = -1;
  for (let p = 0; p < plan.pageStarts.length; p++) {
    draw.page(p + 1, table.rows.length, plan.households);
    let y = draw.tableHeader(heads, headerH);
    const top = y;
    const end = plan.pageStarts[p + 1] ?? table.rows.length;
    for (let r = plan.pageStarts[p]!; r < end; r++) {
      if (households.has(r)) household++;
      const row = table.rows[r]!;
      const lastOfHousehold = r + 1 === table.rows.length || households.has(r + 1);
      draw.row(row, (c) => cellBlock(row, c), y, heights[r]!, household % 2 === 1, lastOfHousehold);
      y += heights[r]!;
    }
    draw.columnRules(top - headerH, y);
    if (p === plan.pageStarts.length - 1 && !plan.signaturesAlone) draw.signatures(y + 14, plan);
    if (options.onPage && (p + 1) % PAGES_PER_REPORT === 0) await options.onPage(p + 1, pageCount);
  }
  if (plan.signaturesAlone) {
    draw.page(pageCount, table.rows.length, plan.households);
    draw.signatures(TABLE_TOP, plan);
  }
  doc.end();
  return ended;
}

class Drawing {
  constructor(
    private readonly doc: PDFKit.PDFDocument,
    private readonly setter: TextSetter,
    private readonly columns: Column[],
    private readonly options: ManifestPdfOptions,
    private readonly pageCount: number,
  ) {}

  /** One line of `value` from `x`, or ending at `x` when `alignRight`; returns its width. */
  private label(
    value: string,
    x: number,
    y: number,
    size: number,
    o: { bold?: boolean; width?: number; alignRight?: boolean } = {},
  ): number {
    const block = this.setter.layout(value, o.width ?? CONTENT_W, size, 1, o.bold);
    const width = block.lines[0]?.width ?? 0;
    this.setter.draw(block, o.alignRight ? x - width : x, y, width, size, size * 1.3);
    return width;
  }

  page(n: number, people: number, households: number): void {
    const { doc, options } = this;
    doc.addPage();
    doc.fillColor(INK);
    const right = PAGE_W - MARGIN;
    const stampW = this.label(`Exported ${stamp(options.exportedAt)}`, right, MARGIN + 3, 9, {
      alignRight: true,
    });
    const titleW = this.label('Evacuation manifest:', MARGIN, MARGIN, 13, { bold: true });
    const crisisX = MARGIN + titleW + 5;
    this.label(options.crisis, crisisX, MARGIN, 13, { width: right - stampW - 16 - crisisX });
    doc.fillColor(GREY);
    this.label(
      `${headcount(people, households)} · profile ${options.profile.name}: ${options.profile.purpose}`,
      MARGIN,
      MARGIN + 20,
      8,
    );
    const purpose = options.profile.purpose.charAt(0).toLowerCase() + options.profile.purpose.slice(1);
    this.label(`Personal data, for ${purpose} only.`, MARGIN, PAGE_H - MARGIN - 8, 7.5);
    doc.fillColor(INK);
    this.label(`Page ${n} of ${this.pageCount}`, right, PAGE_H - MARGIN - 8, 8, { alignRight: true });
  }

  tableHeader(heads: Block[], height: number): number {
    const { doc } = this;
    doc.rect(MARGIN, TABLE_TOP, CONTENT_W, height).fill('#dfe3e8');
    doc.fillColor(INK);
    this.columns.forEach((c, i) => {
      this.setter.draw(heads[i]!, c.x + PAD_X, TABLE_TOP + PAD_Y, c.width - 2 * PAD_X, HEAD, LINE);
    });
    doc
      .moveTo(MARGIN, TABLE_TOP + height)
      .lineTo(MARGIN + CONTENT_W, TABLE_TOP + height)
      .lineWidth(1)
      .strokeColor(HOUSEHOLD_RULE)
      .stroke();
    return TABLE_TOP + height;
  }

  row(
    row: readonly unknown[],
    block: (c: Column) => Block,
    y: number,
    height: number,
    banded: boolean,
    lastOfHousehold: boolean,
  ): void {
    const { doc } = this;
    if (banded) {
      doc.rect(MARGIN, y, CONTENT_W, height).fill(BAND);
      doc.fillColor(INK);
    }
    for (const c of this.columns) {
      if (c.header === CHECK_IN) {
        this.checkBox(c, y, row[c.source] === 'yes');
        continue;
      }
      this.setter.draw(block(c), c.x + PAD_X, y + PAD_Y, c.width - 2 * PAD_X, BODY, LINE);
    }
    // Between households a strong rule, inside one a faint one: families read as blocks.
    doc
      .moveTo(MARGIN, y + height)
      .lineTo(MARGIN + CONTENT_W, y + height)
      .lineWidth(lastOfHousehold ? 1 : 0.3)
      .strokeColor(lastOfHousehold ? HOUSEHOLD_RULE : RULE)
      .stroke();
  }

  private checkBox(c: Column, y: number, ticked: boolean): void {
    const { doc } = this;
    const x = c.x + (c.width - BOX) / 2;
    const top = y + PAD_Y + (LINE - BOX) / 2;
    doc.rect(x, top, BOX, BOX).lineWidth(0.7).strokeColor(INK).stroke();
    if (ticked) {
      doc
        .moveTo(x + 1.5, top + BOX / 2)
        .lineTo(x + BOX / 2.5, top + BOX - 1.5)
        .lineTo(x + BOX - 1.2, top + 1.2)
        .lineWidth(1.1)
        .stroke();
    }
  }

  columnRules(top: number, bottom: number): void {
    const { doc } = this;
    for (const c of this.columns.slice(1)) doc.moveTo(c.x, top).lineTo(c.x, bottom);
    doc.rect(MARGIN, top, CONTENT_W, bottom - top);
    doc.lineWidth(0.3).strokeColor(RULE).stroke();
  }

  signatures(y: number, plan: Plan): void {
    const { doc } = this;
    const people = plan.heights.length;
    doc.fillColor(INK);
    this.label(`End of manifest: ${headcount(people, plan.households)}. Boarded: ______`, MARGIN, y, 9);
    const fields = ['Prepared by (consular officer)', 'Carrier representative', 'Date and time'];
    const width = (CONTENT_W - 2 * 24) / fields.length;
    fields.forEach((field, i) => {
      const x = MARGIN + i * (width + 24);
      const lineY = y + 58;
      doc
        .moveTo(x, lineY)
        .lineTo(x + width, lineY)
        .lineWidth(0.8)
        .strokeColor(INK)
        .stroke();
      this.label(field, x, lineY + 4, 8, { bold: true });
      this.label(i < 2 ? 'Name and signature' : '', x, lineY + 15, 7.5);
    });
  }
}
