// The generator's only source of chance. Every draw goes through one seeded stream in a fixed
// order, so one seed fixes every byte of every file on every machine.
import { createRandom } from '../people';

export class Rng {
  private readonly draw: () => number;

  constructor(seed: number) {
    this.draw = createRandom(seed);
  }

  /** Uniform in [0, 1). */
  next(): number {
    return this.draw();
  }

  chance(p: number): boolean {
    return this.draw() < p;
  }

  /** Uniform integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.draw() * (max - min + 1));
  }

  pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.draw() * list.length)] as T;
  }
}

/** A weighted choice, with the cumulative table built once because it is drawn from millions of times. */
export class Weighted<T> {
  private readonly items: T[] = [];
  private readonly cumulative: number[] = [];
  private readonly total: number;

  constructor(entries: ReadonlyArray<readonly [T, number]>) {
    let sum = 0;
    for (const [item, weight] of entries) {
      if (weight <= 0) continue;
      sum += weight;
      this.items.push(item);
      this.cumulative.push(sum);
    }
    if (this.items.length === 0) throw new Error('A weighted choice needs at least one positive weight.');
    this.total = sum;
  }

  pick(rng: Rng): T {
    const r = rng.next() * this.total;
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.cumulative[mid] as number) > r) hi = mid;
      else lo = mid + 1;
    }
    return this.items[lo] as T;
  }
}

function gcd(a: number, b: number): number {
  while (b !== 0) [a, b] = [b, a % b];
  return a;
}

const multipliers = new Map<number, number>();

/** A multiplier coprime with `space` near space/φ, so consecutive indexes land far apart. */
function multiplierFor(space: number): number {
  let m = multipliers.get(space);
  if (m === undefined) {
    m = Math.max(1, Math.floor(space * 0.6180339887));
    while (gcd(m, space) !== 1) m++;
    multipliers.set(space, m);
  }
  return m;
}

/**
 * Maps index → a number in [0, space) one-to-one (for index < space): identifiers that look random
 * but never collide, with nothing remembered. Indexes beyond `space` wrap around and repeat.
 */
export function scramble(index: number, space: number, salt: number): number {
  const m = multiplierFor(space);
  // Split the multiplication so index × m stays exact in a double for spaces up to 10^9.
  const i = index % space;
  const hi = Math.floor(i / 65536);
  const lo = i % 65536;
  const product = (((hi * m) % space) * 65536 + lo * m) % space;
  return (product + (salt % space)) % space;
}
