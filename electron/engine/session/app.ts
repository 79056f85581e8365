import type { EngineDeps } from '../deps';
import type { PartialHandlers } from '../types';

export function sessionHandlers(
  deps: EngineDeps,
): PartialHandlers<'session.state' | 'session.touch' | 'session.setIdleLock'> {
  return {
    'session.state': async () => deps.session.state(),
    // The engine already postpones the idle lock on every call; this one exists to say only that.
    'session.touch': async () => {
      deps.session.touch();
      return null;
    },
    'session.setIdleLock': async ({ minutes }) => {
      deps.session.setIdleLock(minutes);
      return deps.session.state();
    },
  };
}
