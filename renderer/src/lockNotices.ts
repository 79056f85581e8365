import type { EventPayload } from '../../shared/contract';
import type { NoticeContent } from './components/Notice';

/** What the unlock screen says about why the vault was locked; the officer's own Lock needs no word. */
export function lockNotice(reason: EventPayload<'vault.locked'>['reason']): NoticeContent | null {
  switch (reason) {
    case 'idle':
      return { title: 'Locked after inactivity', detail: 'Enter your passphrase to continue.' };
    case 'engine-stopped':
      return {
        title: 'The vault was locked',
        detail: 'Muster’s data engine stopped unexpectedly. Enter your passphrase to open the vault again.',
      };
    default:
      return null;
  }
}
