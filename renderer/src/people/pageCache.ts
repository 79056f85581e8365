// Pages of search results kept for one search. Bounded, so scrolling through a million people
// does not keep them all in the window: the pages farthest from where the officer is go first.
import type { PersonRow } from '../../../shared/people';

export class PageCache {
  private readonly pages = new Map<number, PersonRow[]>();
  private readonly pending = new Set<number>();

  constructor(
    /** The search these pages answer; a new search gets a new cache. */
    readonly key: string,
    readonly pageSize: number,
    private readonly maxPages: number,
  ) {}

  pageOf(index: number): number {
    return Math.floor(index / this.pageSize);
  }

  row(index: number): PersonRow | undefined {
    return this.pages.get(this.pageOf(index))?.[index % this.pageSize];
  }

  /** Pages covering rows [first, end) that are neither here nor on their way. */
  missing(first: number, end: number): number[] {
    if (end <= first) return [];
    const wanted: number[] = [];
    for (let page = this.pageOf(first); page <= this.pageOf(end - 1); page += 1) {
      if (!this.pages.has(page) && !this.pending.has(page)) wanted.push(page);
    }
    return wanted;
  }

  markPending(page: number): void {
    this.pending.add(page);
  }

  fail(page: number): void {
    this.pending.delete(page);
  }

  put(page: number, rows: PersonRow[]): void {
    this.pending.delete(page);
    this.pages.set(page, rows);
    if (this.pages.size <= this.maxPages) return;
    const farthest = [...this.pages.keys()].sort((a, b) => Math.abs(b - page) - Math.abs(a - page));
    for (const drop of farthest.slice(0, this.pages.size - this.maxPages)) this.pages.delete(drop);
  }

  get size(): number {
    return this.pages.size;
  }
}
