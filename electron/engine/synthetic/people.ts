// Deterministic synthetic nationals for the demo vault and the benchmarks. Nobody in here is real:
// names are drawn from common-name lists and every phone number uses a reserved test range.

/** Small, fast, seedable PRNG (mulberry32): the same seed gives the same people on every machine. */
export function createRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const GIVEN = {
  F: [
    'Fatima',
    'Maria',
    'Aisha',
    'Mariam',
    'Olena',
    'Grace',
    'Priya',
    'Rosa',
    'Zainab',
    'Leila',
    'Ana',
    'Amina',
  ],
  M: [
    'Mohammed',
    'Jose',
    'Ahmad',
    'Rahul',
    'Oleksandr',
    'Samuel',
    'Juan',
    'Ali',
    'Emmanuel',
    'Hassan',
    'Carlos',
  ],
} as const;
const SURNAMES = [
  'Santos',
  'Haddad',
  'Khan',
  'Reyes',
  'Shevchenko',
  'Okafor',
  'Garcia',
  'El Hassan',
  'Nguyen',
  'Mensah',
  'Fernandes',
  'Rahman',
  'Kovalenko',
  'Dela Cruz',
  'Mwangi',
  'Perez',
  'Sharma',
  'Abdallah',
  'Silva',
  'Diallo',
];
const CITIES: ReadonlyArray<{ city: string; admin1: string; lat: number; lon: number }> = [
  { city: 'Beirut', admin1: 'Beirut', lat: 33.8938, lon: 35.5018 },
  { city: 'Tripoli', admin1: 'North', lat: 34.4367, lon: 35.8497 },
  { city: 'Sidon', admin1: 'South', lat: 33.5571, lon: 35.3729 },
  { city: 'Zahle', admin1: 'Beqaa', lat: 33.8463, lon: 35.902 },
  { city: 'Jounieh', admin1: 'Mount Lebanon', lat: 33.9808, lon: 35.6178 },
  { city: 'Tyre', admin1: 'South', lat: 33.2705, lon: 35.2038 },
];
const EMPLOYERS = [
  'Cedar Facility Services',
  'Harbour Logistics',
  'Al Noor Hospital',
  'Private household',
  '',
];
const NEEDS = [
  '',
  '',
  '',
  '',
  '',
  '',
  '',
  '',
  'wheelchair user',
  'insulin-dependent',
  'pregnant',
  'elderly, lives alone',
];

export interface SyntheticPerson {
  source_key: string;
  given_names: string;
  surname: string;
  full_name: string;
  date_of_birth: string;
  sex: 'F' | 'M';
  nationality: string;
  passport_no: string;
  phone: string;
  email: string;
  city: string;
  admin1: string;
  country: string;
  lat: number;
  lon: number;
  employer: string;
  special_needs: string;
  registered_on: string;
}

function pick<T>(rnd: () => number, list: readonly T[]): T {
  return list[Math.floor(rnd() * list.length)] as T;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/** Generates `count` people, calling `sink` for each so a million never sit in memory at once. */
export function generatePeople(
  count: number,
  seed: number,
  sink: (person: SyntheticPerson, index: number) => void,
): void {
  const rnd = createRandom(seed);
  for (let i = 0; i < count; i++) {
    const sex = rnd() < 0.5 ? 'F' : 'M';
    const given = pick(rnd, GIVEN[sex]);
    const surname = pick(rnd, SURNAMES);
    const place = pick(rnd, CITIES);
    const year = 1945 + Math.floor(rnd() * 62);
    const dob = `${year}-${pad(1 + Math.floor(rnd() * 12), 2)}-${pad(1 + Math.floor(rnd() * 28), 2)}`;
    sink(
      {
        source_key: `SYN-${seed}-${i}`,
        given_names: given,
        surname,
        full_name: `${given} ${surname}`,
        date_of_birth: dob,
        sex,
        nationality: 'PH',
        passport_no: `P${pad(Math.floor(rnd() * 1e8), 8)}`,
        // +961 3 0xx xxx is not allocated to subscribers: safe for fake numbers.
        phone: `+96130${pad(Math.floor(rnd() * 1e5), 5)}`,
        email: rnd() < 0.6 ? `${given}.${surname.replace(/\s/g, '')}${i}@example.org`.toLowerCase() : '',
        city: place.city,
        admin1: place.admin1,
        country: 'LB',
        lat: Number((place.lat + (rnd() - 0.5) * 0.08).toFixed(5)),
        lon: Number((place.lon + (rnd() - 0.5) * 0.08).toFixed(5)),
        employer: pick(rnd, EMPLOYERS),
        special_needs: pick(rnd, NEEDS),
        registered_on: `2025-${pad(1 + Math.floor(rnd() * 12), 2)}-${pad(1 + Math.floor(rnd() * 28), 2)}`,
      },
      i,
    );
  }
}
