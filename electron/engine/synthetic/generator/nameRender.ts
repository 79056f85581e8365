// Writes a true person's name as it appears on one row, under one NameStyle.
import type { TruePerson } from './model';
import type { NameForm } from './names/nameForm';
import type { Rng } from './random';
import type { NameStyle } from './rates';
import { maybeTypo, separatorVariant, stripAccents } from './variation';

export interface WrittenName {
  readonly given: string;
  readonly surname: string;
  /** Written in Arabic or Cyrillic script rather than Latin. */
  readonly nativeScript: boolean;
}

function spell(rng: Rng, form: NameForm, style: NameStyle): string {
  let s = form.variants.length > 0 && rng.chance(style.variant) ? rng.pick(form.variants) : form.latin;
  if (rng.chance(style.separator)) s = separatorVariant(rng, s);
  return s;
}

function inScript(p: TruePerson): WrittenName | null {
  const given = p.given.map((g) => g.form.script);
  const sur = p.surname.map((s) => s.script);
  if (given.some((s) => s === undefined) || sur.some((s) => s === undefined)) return null;
  return { given: given.join(' '), surname: sur.join(' '), nativeScript: true };
}

export function writeName(rng: Rng, p: TruePerson, style: NameStyle): WrittenName {
  if (p.origin.script !== undefined && style.script > 0 && rng.chance(style.script)) {
    const native = inScript(p);
    if (native) {
      return {
        given: maybeTypo(rng, native.given, style.typo),
        surname: maybeTypo(rng, native.surname, style.typo),
        nativeScript: true,
      };
    }
  }
  const given: string[] = [];
  for (const part of p.given) {
    if (part.optional && p.given.length > 1 && rng.chance(style.dropPrefix)) continue;
    given.push(spell(rng, part.form, style));
  }
  const surnameParts =
    p.surname.length > 1 && rng.chance(style.dropSecondSurname) ? p.surname.slice(0, 1) : p.surname;
  const sur = surnameParts.map((s) => spell(rng, s, style));
  if (given.length > 1 && rng.chance(style.boundaryShift)) sur.unshift(given.pop() as string);
  let g = given.join(' ');
  let s = sur.join(' ');
  if (rng.chance(style.stripAccents)) {
    g = stripAccents(g);
    s = stripAccents(s);
  }
  return {
    given: maybeTypo(rng, g, style.typo),
    surname: maybeTypo(rng, s, style.typo),
    nativeScript: false,
  };
}
