// Area and assembly writes pick their next id with max(id) + 1 (journalled statements must carry
// their ids), so two writes to the same vault must not interleave between reading and inserting.
import type { Vault } from '../vault/vault';

const tails = new WeakMap<Vault, Promise<unknown>>();

export function serialized<T>(vault: Vault, work: () => Promise<T>): Promise<T> {
  const previous = tails.get(vault) ?? Promise.resolve();
  const next = previous.then(work, work);
  tails.set(
    vault,
    next.catch(() => undefined),
  );
  return next;
}
