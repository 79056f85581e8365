// Sealing with age: passphrase round trip with age-encryption's own Decrypter, and key checks.
import { Decrypter } from 'age-encryption';
import { describe, expect, it } from 'vitest';
import { resolveRecipients, seal } from '../../../electron/engine/exports/seal';
import { codeOf } from '../helpers';

describe('seal', () => {
  it('round-trips a passphrase-sealed file', async () => {
    const bytes = new TextEncoder().encode('Surname,Given names\r\nالحسن,Ali\r\n');
    const sealed = await seal(
      bytes,
      { mode: 'passphrase', passphrase: 'long enough phrase' },
      { scryptWorkFactor: 10 },
    );
    expect(Buffer.from(sealed).subarray(0, 21).toString()).toBe('age-encryption.org/v1');
    const d = new Decrypter();
    d.addPassphrase('long enough phrase');
    expect(await d.decrypt(sealed)).toEqual(bytes);
  });

  it('leaves a confirmed plain export unchanged', async () => {
    const bytes = new Uint8Array([1, 2, 3]);
    expect(await seal(bytes, { mode: 'plain', confirmed: true })).toBe(bytes);
  });

  it('refuses unknown names and malformed keys, by position only', async () => {
    expect(await codeOf(async () => resolveRecipients(['nobody'], () => undefined))).toBe('INVALID_INPUT');
    expect(() => resolveRecipients(['age1qqqq'])).toThrow(/Recipient 1 is not a valid age public key/);
  });
});
