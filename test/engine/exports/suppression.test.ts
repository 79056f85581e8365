// Small-cell suppression, proven the way an attacker would try: recompute the suppressed cells from
// the published total and the published cells.
import { describe, expect, it } from 'vitest';
import { suppressGroup, type CountCell } from '../../../electron/engine/exports/suppression';
import { seededRandom } from '../areas/fixtures';

function group(counts: number[]) {
  const cells: CountCell[] = counts.map((count) => ({ count, suppressed: false }));
  return { cells, total: counts.reduce((a, b) => a + b, 0), totalSuppressed: false };
}

/** What can be learnt from the published figures about the hidden ones. */
function attack(g: ReturnType<typeof group>) {
  const hidden = g.cells.filter((c) => c.suppressed);
  const published = g.cells.filter((c) => !c.suppressed).reduce((n, c) => n + c.count, 0);
  return { hidden: hidden.length, hiddenSum: g.totalSuppressed ? null : g.total - published };
}

describe('suppressGroup', () => {
  it('suppresses a lone small cell and its smallest neighbour', () => {
    const g = group([3, 20, 9, 40]);
    expect(suppressGroup(g, 5)).toBe(2);
    expect(g.cells.map((c) => c.suppressed)).toEqual([true, false, true, false]);
    expect(attack(g)).toEqual({ hidden: 2, hiddenSum: 12 });
  });

  it('adds complements until the hidden sum reaches k', () => {
    const g = group([1, 2, 6, 30]);
    suppressGroup(g, 5);
    // 1 + 2 = 3 would reveal that both are tiny: the 6 joins them.
    expect(g.cells.map((c) => c.suppressed)).toEqual([true, true, true, false]);
  });

  it('publishes zeros and large cells untouched', () => {
    const g = group([0, 12, 0, 7]);
    expect(suppressGroup(g, 5)).toBe(0);
    expect(g.cells.every((c) => !c.suppressed)).toBe(true);
  });

  it('suppresses a whole group whose total is below k', () => {
    const g = group([1, 0, 2]);
    suppressGroup(g, 5);
    expect(g.totalSuppressed).toBe(true);
    expect(g.cells.map((c) => c.suppressed)).toEqual([true, false, true]);
  });

  it('never lets a suppressed cell be recomputed (randomised, k = 5 and 10)', () => {
    const random = seededRandom(7);
    for (let run = 0; run < 2000; run++) {
      const k = run % 2 ? 5 : 10;
      const counts = Array.from({ length: 1 + Math.floor(random() * 16) }, () =>
        random() < 0.3 ? 0 : Math.floor(random() ** 2 * 40),
      );
      const g = group(counts);
      suppressGroup(g, k);
      for (const c of g.cells) if (c.count > 0 && c.count < k) expect(c.suppressed).toBe(true);
      const { hidden, hiddenSum } = attack(g);
      if (g.totalSuppressed) {
        expect(g.total).toBeLessThan(k);
        continue;
      }
      // Either nothing is hidden, or at least two cells share a hidden sum of at least k.
      if (hidden > 0) {
        expect(hidden).toBeGreaterThanOrEqual(2);
        expect(hiddenSum).toBeGreaterThanOrEqual(k);
      }
    }
  });
});
