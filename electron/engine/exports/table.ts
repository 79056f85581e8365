// A table ready to leave the machine: the column headings, an optional HXL hashtag row, and the rows.
import type { Cell } from './safeCells';

export interface Table {
  /** Sheet name in XLSX, title elsewhere; never personal data. */
  title: string;
  header: string[];
  /** Humanitarian Exchange Language hashtags, one per column, written as a second header row. */
  hxl?: string[];
  rows: Cell[][];
}
