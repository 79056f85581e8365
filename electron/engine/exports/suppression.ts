// Small-cell suppression for published counts. Within one area the cells (nationality × sex × age band)
// and the area's total are published. Rule:
//  1. primary: a cell with 0 < count < k is suppressed;
//  2. if the area's total is below k, the total and every cell of the area are suppressed;
//  3. complementary: while an area has suppressed cells and either only one of them or their sum is
//     below k, the smallest published non-zero cell is suppressed too. Then total − published cells
//     reveals only a sum of at least k spread over two or more cells, never one of them.
// Zero cells are published: an empty cell discloses nobody.

export interface CountCell {
  count: number;
  suppressed: boolean;
}

export interface SuppressedGroup<C extends CountCell> {
  cells: C[];
  total: number;
  totalSuppressed: boolean;
}

/** Marks cells (in place) of one group whose total is published; returns how many were suppressed. */
export function suppressGroup<C extends CountCell>(group: SuppressedGroup<C>, k: number): number {
  const { cells } = group;
  if (group.total > 0 && group.total < k) {
    group.totalSuppressed = true;
    for (const c of cells) c.suppressed = c.count > 0;
    return cells.filter((c) => c.suppressed).length;
  }
  for (const c of cells) c.suppressed = c.count > 0 && c.count < k;
  const candidates = cells.filter((c) => !c.suppressed && c.count > 0).sort((a, b) => a.count - b.count);
  let hidden = cells.filter((c) => c.suppressed);
  let hiddenSum = hidden.reduce((n, c) => n + c.count, 0);
  while (hidden.length > 0 && (hidden.length === 1 || hiddenSum < k) && candidates.length > 0) {
    const next = candidates.shift()!;
    next.suppressed = true;
    hidden = [...hidden, next];
    hiddenSum += next.count;
  }
  return hidden.length;
}
