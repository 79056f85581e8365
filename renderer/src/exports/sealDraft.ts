// The sealing choice as the officer fills it in, and the Seal it becomes once it is complete. A plain
// file needs the explicit confirmation; a passphrase must be typed twice the same.
import type { Seal } from '../../../shared/exports';

export const MIN_EXPORT_PASSPHRASE = 8;

export type SealDraft =
  | { mode: 'passphrase'; passphrase: string; confirm: string }
  | { mode: 'recipients'; names: string[] }
  | { mode: 'plain'; confirmed: boolean };

export type SealOutcome = { seal: Seal; problem: null } | { seal: null; problem: string };

export function sealFromDraft(draft: SealDraft): SealOutcome {
  switch (draft.mode) {
    case 'passphrase':
      if (draft.passphrase.length < MIN_EXPORT_PASSPHRASE)
        return { seal: null, problem: `The passphrase needs at least ${MIN_EXPORT_PASSPHRASE} characters.` };
      if (draft.passphrase !== draft.confirm)
        return { seal: null, problem: 'The two passphrases differ: type the same one twice.' };
      return { seal: { mode: 'passphrase', passphrase: draft.passphrase }, problem: null };
    case 'recipients':
      if (draft.names.length === 0)
        return { seal: null, problem: 'Choose at least one recipient from the address book.' };
      return { seal: { mode: 'recipients', recipients: draft.names }, problem: null };
    case 'plain':
      if (!draft.confirmed)
        return { seal: null, problem: 'Confirm that the file will leave unencrypted, or choose a seal.' };
      return { seal: { mode: 'plain', confirmed: true }, problem: null };
  }
}

export function emptyDraft(mode: SealDraft['mode']): SealDraft {
  if (mode === 'passphrase') return { mode, passphrase: '', confirm: '' };
  if (mode === 'recipients') return { mode, names: [] };
  return { mode, confirmed: false };
}
