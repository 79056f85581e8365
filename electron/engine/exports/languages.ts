// Languages as RapidPro and most SMS gateways expect them: ISO 639-3 codes. Registrations write a
// language in many ways ("ar", "Arabic", "arabe"); the common ones are recognised, others left blank.
const ALIASES: Record<string, string> = {
  ara: 'ar arabic arabe العربية',
  eng: 'en english anglais',
  fra: 'fr fre french français francais',
  spa: 'es spanish español espanol',
  por: 'pt portuguese português',
  deu: 'de ger german deutsch',
  ita: 'it italian italiano',
  rus: 'ru russian русский',
  ukr: 'uk ukrainian',
  tgl: 'tl tagalog',
  fil: 'filipino',
  hin: 'hi hindi',
  ben: 'bn bengali bangla',
  urd: 'ur urdu',
  fas: 'fa per persian farsi',
  tur: 'tr turkish',
  amh: 'am amharic',
  swa: 'sw swahili',
  sin: 'si sinhala',
  tam: 'ta tamil',
  nep: 'ne nepali',
  zho: 'zh chi chinese',
};

const ISO_639_3 = new Map<string, string>(
  Object.entries(ALIASES).flatMap(([code, words]) =>
    [code, ...words.split(' ')].map((w) => [w, code] as const),
  ),
);

export function iso6393(language: string | null): string {
  if (!language) return '';
  return (
    ISO_639_3.get(
      language
        .trim()
        .toLowerCase()
        .split(/[-_\s,;]/)[0] ?? '',
    ) ?? ''
  );
}
