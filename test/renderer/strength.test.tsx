import { describe, expect, it } from 'vitest';
import { PASSPHRASE_MIN_LENGTH } from '../../shared/limits';
import { estimateStrength, type StrengthLevel } from '../../renderer/src/passphrase/strength';

function level(passphrase: string): StrengthLevel {
  return estimateStrength(passphrase).level;
}

describe('passphrase strength estimate', () => {
  it('rates an empty passphrase weak with nothing to say yet', () => {
    expect(estimateStrength('')).toEqual({ level: 'weak', score: 0, bits: 0, hint: null });
  });

  it('rates anything shorter than the minimum weak, however random', () => {
    const short = 'Xk9$mP2#vL8';
    expect(short.length).toBe(PASSPHRASE_MIN_LENGTH - 1);
    expect(estimateStrength(short)).toMatchObject({ level: 'weak', hint: 'too-short' });
  });

  it.each([
    ['password1234', 'common'],
    ['passwordpassword', 'common'],
    ['embassy2024!!', 'common'],
    ['aaaaaaaaaaaaaaaa', 'repeat'],
    ['abcdefghijklmnop', 'sequence'],
    ['qwertyuiopasdf', 'sequence'],
    ['1234567890123456', 'sequence'],
    ['zq19871988xv', 'year'],
  ])('sees through the pattern in %s', (passphrase, hint) => {
    const estimate = estimateStrength(passphrase);
    expect(estimate.level).toBe('weak');
    expect(estimate.hint).toBe(hint);
  });

  it('counts words at the rate of language, not of random letters', () => {
    expect(level('horse battery')).toBe('weak');
    expect(level('tiger lamp river')).toBe('weak');
    expect(level('tiger lamp river cloud')).toBe('fair');
    expect(level('correct horse battery staple')).toBe('good');
    expect(level('correct horse battery staple orbit lantern')).toBe('strong');
  });

  it('gives random characters the full size of their alphabet', () => {
    expect(level('zj4kq8wm3vx7')).toBe('good');
    expect(level('zj4kq8wm3vx7pt2n')).toBe('strong');
    expect(level('Xk9$mP2#vL8@qR4!wZ6&')).toBe('strong');
  });

  it('never rates a passphrase lower for adding a random word', () => {
    let previous = -1;
    let passphrase = 'ember';
    for (const word of ['quilt', 'harbor', 'mosaic', 'velvet', 'cactus', 'lagoon']) {
      passphrase += ` ${word}`;
      const { score } = estimateStrength(passphrase);
      expect(score).toBeGreaterThanOrEqual(previous);
      previous = score;
    }
    expect(previous).toBe(3);
  });

  it('stays fast and bounded on the longest passphrase the engine accepts', () => {
    const started = performance.now();
    const estimate = estimateStrength('ab'.repeat(512));
    expect(performance.now() - started).toBeLessThan(500);
    expect(estimate.level).toBe('weak');
    expect(estimate.hint).toBe('repeat');
  });

  it('handles scripts other than Latin without inflating them', () => {
    expect(level('Пароль надёжный очень')).not.toBe('strong');
    expect(level('Пароль надёжный очень хороший длинный вечер')).toBe('strong');
  });
});
