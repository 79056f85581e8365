import { describe, expect, it } from 'vitest';
import {
  displayName,
  nameMatchKey,
  nameSkeletonKey,
  normaliseName,
  splitFullName,
} from '../../../electron/engine/import/normalise/names';

describe('displayName and normaliseName', () => {
  it('composes to NFC, squeezes spaces and drops invisible characters, keeping case', () => {
    const decomposed = 'Nguye\u0302\u0303n  Van\u00a0Anh\u200b';
    expect(displayName(decomposed)).toBe('Nguyễn Van Anh');
    expect(displayName(decomposed).length).toBe('Nguyễn Van Anh'.length);
    expect(displayName(' EL-HASSAN   Mohamed ')).toBe('EL-HASSAN Mohamed');
  });

  it('keeps the original beside the value and rejects non-names with a reason', () => {
    expect(normaliseName('  Maria  Santos ')).toEqual({
      ok: true,
      original: '  Maria  Santos ',
      value: 'Maria Santos',
    });
    expect(normaliseName('N/A')).toEqual({ ok: true, original: 'N/A', value: null });
    const bad = normaliseName('12345');
    expect(bad).toMatchObject({ ok: false, code: 'unrecognised' });
    expect(bad.ok === false && bad.reason).not.toContain('12345');
    expect(normaliseName('x'.repeat(400))).toMatchObject({ ok: false, code: 'too_long' });
  });
});

describe('splitFullName', () => {
  const cases: Array<[string, string, string]> = [
    ['SANTOS, Maria Luisa', 'Maria Luisa', 'SANTOS'],
    ['Haddad, Rami', 'Rami', 'Haddad'],
    ['EL-HASSAN Mohamed', 'Mohamed', 'EL-HASSAN'],
    ['Mohamed EL HASSAN', 'Mohamed', 'EL HASSAN'],
    ['DELA CRUZ Juan Miguel', 'Juan Miguel', 'DELA CRUZ'],
    ['Juan dela Cruz', 'Juan', 'dela Cruz'],
    ['Maria de la Cruz', 'Maria', 'de la Cruz'],
    ['Ana Maria dos Santos', 'Ana Maria', 'dos Santos'],
    ['Ludwig van Beethoven', 'Ludwig', 'van Beethoven'],
    ['Ahmed bin Salem', 'Ahmed', 'bin Salem'],
    ['Mohammed bin Salman Al Saud', 'Mohammed bin Salman', 'Al Saud'],
    ['Abdel Rahman Haddad', 'Abdel Rahman', 'Haddad'],
    ['Abu Bakr', '', 'Abu Bakr'],
    ['Fatima Zahra Mansour', 'Fatima Zahra', 'Mansour'],
    ['Mr John Smith', 'John', 'Smith'],
    ['Madonna', '', 'Madonna'],
    ['محمد الحسن', 'محمد', 'الحسن'],
    ['أحمد بن علي', 'أحمد', 'بن علي'],
    ['', '', ''],
  ];
  it.each(cases)('%s → given "%s", surname "%s"', (full, given, surname) => {
    expect(splitFullName(full)).toEqual({ given, surname });
  });
});

describe('nameMatchKey', () => {
  it('transliterates other alphabets to ASCII (Cyrillic, Vietnamese, Greek, accents)', () => {
    expect(nameMatchKey('Алексей Иванов')).toBe('aleksey ivanov');
    expect(nameMatchKey('Nguyễn Văn Anh')).toBe('nguyen van anh');
    expect(nameMatchKey('Jürgen Müller')).toBe('jurgen muller');
    expect(nameMatchKey('Ψάρης')).toBe('psaris');
    expect(nameMatchKey('Łukasz Żółć')).toBe('lukasz zolc');
  });

  it('removes case, punctuation, hyphens and apostrophes', () => {
    expect(nameMatchKey("O'Brien-Smith")).toBe('obrien smith');
    expect(nameMatchKey('  MARIA   santos. ')).toBe('maria santos');
  });

  it('normalises Arabic articles and the Abd/Abu compounds', () => {
    const hassan = nameMatchKey('Mohamed Al Hassan');
    expect(nameMatchKey('Mohamed El-Hassan')).toBe(hassan);
    expect(nameMatchKey('mohamed al-hassan')).toBe(hassan);
    expect(nameMatchKey('MOHAMED EL HASSAN')).toBe(hassan);
    const rahman = nameMatchKey('Abdel Rahman');
    expect(rahman).toBe('abdalrahman');
    for (const v of ['Abdul Rahman', 'Abd al-Rahman', 'Abdulrahman', 'Abdelrahman', 'Abd El Rahman']) {
      expect(nameMatchKey(v), v).toBe(rahman);
    }
    expect(nameMatchKey('Abdullah')).toBe(nameMatchKey('Abdallah'));
    expect(nameMatchKey('Ahmed ibn Ali')).toBe(nameMatchKey('Ahmed bin Ali'));
  });

  it('turns Arabic script into ASCII, joining "عبد الله" into one name', () => {
    expect(nameMatchKey('محمد')).toBe('mhmd');
    expect(nameMatchKey('عبد الله')).toBe(nameMatchKey('عبدالله'));
    expect(nameMatchKey('محمد الحسن')).toBe('mhmd al hsn');
  });
});

describe('nameSkeletonKey', () => {
  // Each group: spellings of one name, Latin and Arabic, that must share a skeleton.
  const groups: string[][] = [
    ['Mohammed', 'Muhammad', 'Mohamed', 'Mohammad', 'Mouhamed', 'محمد'],
    ['Hussein', 'Husain', 'Hussain', 'Hossein', 'Husayn', 'حسين'],
    ['Ahmed', 'Ahmad', 'أحمد', 'احمد'],
    ['Fatima', 'Fatma', 'Fatimah', 'Fatemeh', 'فاطمة'],
    ['Abdallah', 'Abdullah', 'Abdellah', 'Abd Allah', 'عبدالله', 'عبد الله'],
    ['Khaled', 'Khalid', 'Khaleed', 'خالد'],
    ['Youssef', 'Yusuf', 'Yousef', 'Youssif', 'يوسف'],
    ['Aisha', 'Aysha', 'Aicha', 'عائشة'],
    ['Mustafa', 'Moustafa', 'Mostafa', 'Moustapha', 'مصطفى'],
    ['Omar', 'Umar', 'عمر'],
    ['Zainab', 'Zeinab', 'Zaynab', 'زينب'],
    ['Aleksei', 'Alexei', 'Aleksey', 'Алексей'],
  ];
  it.each(groups.map((g) => [g[0] as string, g]))(
    '%s: every spelling shares one skeleton',
    (_name, group) => {
      const skeletons = new Set(group.map(nameSkeletonKey));
      expect([...skeletons], group.join(', ')).toHaveLength(1);
      expect([...skeletons][0]).not.toBe('');
    },
  );

  it('works in both directions on full names, ignoring articles', () => {
    expect(nameSkeletonKey('محمد الحسن')).toBe(nameSkeletonKey('Mohamed EL-HASSAN'));
    expect(nameSkeletonKey('Mohammed Al-Hassan')).toBe(nameSkeletonKey('محمد حسن'));
    expect(nameSkeletonKey('Алексей Иванов')).toBe(nameSkeletonKey('Aleksei Ivanov'));
    expect(nameSkeletonKey('عمر خالد')).toBe(nameSkeletonKey('Mr Omar Khalid'));
    expect(nameSkeletonKey('Mohammed')).toBe('mhmd');
    expect(nameSkeletonKey('Hussein')).toBe('hsn');
  });

  it('keeps different names apart', () => {
    const distinct = ['Mohammed', 'Ahmed', 'Khaled', 'Fatima', 'Youssef', 'Omar', 'Zainab', 'Mustafa'];
    expect(new Set(distinct.map(nameSkeletonKey)).size).toBe(distinct.length);
  });
});
