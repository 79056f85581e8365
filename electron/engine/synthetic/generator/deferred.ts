// Re-registrations waiting for their turn: a min-heap on (due tick, insertion order), so the
// order — and so the bytes — never depend on how the heap happens to break ties.

interface Entry<T> {
  readonly due: number;
  readonly seq: number;
  readonly item: T;
}

export class DeferredQueue<T> {
  private readonly heap: Entry<T>[] = [];
  private seq = 0;

  get size(): number {
    return this.heap.length;
  }

  push(due: number, item: T): void {
    this.heap.push({ due, seq: this.seq++, item });
    let i = this.heap.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.before(i, parent)) break;
      this.swap(i, parent);
      i = parent;
    }
  }

  /** Removes and returns, in order, every item due at or before `tick`. */
  takeDue(tick: number): T[] {
    const out: T[] = [];
    while (this.heap.length > 0 && (this.heap[0] as Entry<T>).due <= tick) out.push(this.pop());
    return out;
  }

  /** Removes and returns everything, in order, with each item's due tick. */
  drain(): Array<{ due: number; item: T }> {
    const out: Array<{ due: number; item: T }> = [];
    while (this.heap.length > 0) {
      const due = (this.heap[0] as Entry<T>).due;
      out.push({ due, item: this.pop() });
    }
    return out;
  }

  private pop(): T {
    const top = this.heap[0] as Entry<T>;
    const last = this.heap.pop() as Entry<T>;
    if (this.heap.length > 0) {
      this.heap[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < this.heap.length && this.before(l, m)) m = l;
        if (r < this.heap.length && this.before(r, m)) m = r;
        if (m === i) break;
        this.swap(i, m);
        i = m;
      }
    }
    return top.item;
  }

  private before(a: number, b: number): boolean {
    const x = this.heap[a] as Entry<T>;
    const y = this.heap[b] as Entry<T>;
    return x.due < y.due || (x.due === y.due && x.seq < y.seq);
  }

  private swap(a: number, b: number): void {
    [this.heap[a], this.heap[b]] = [this.heap[b] as Entry<T>, this.heap[a] as Entry<T>];
  }
}
