// The host country the nationals live in: its places (with the spellings each file uses), its
// fake mobile numbers and its employers. Only Lebanon is described so far; the type keeps the
// rest of the generator free of Lebanese specifics.
import { MusterError } from '../../../../shared/errors';
import { Weighted } from './random';

export interface District {
  readonly name: string;
  /** Other spellings typed into the form ("Metn" for "Matn"). */
  readonly variants: readonly string[];
  readonly arabic: string;
}

export interface Place {
  readonly city: string;
  readonly cityVariants: readonly string[];
  readonly french: string;
  readonly arabic: string;
  readonly district: District;
  readonly governorate: string;
  readonly lat: number;
  readonly lon: number;
  readonly streets: readonly string[];
}

export interface HostCountry {
  readonly code: string;
  readonly name: string;
  readonly callingCode: string;
  /** Digits dialled before a national number inside the country. */
  readonly trunkPrefix: string;
  /** Length of the leading operator block of a mobile number ("3" in 3 012 345). */
  readonly mobileBlockLength: number;
  /** How many distinct fake mobile numbers exist; beyond that numbers repeat. */
  readonly mobileSpace: number;
  /** The national significant number of fake mobile number `slot` (0 ≤ slot < mobileSpace). */
  mobileNumber(slot: number): string;
  /** Leading digits that make every generated number a fake one: typos never touch them. */
  readonly fakeMobilePrefix: string;
  readonly places: Weighted<Place>;
  /** Host-country family names, for private households that employ domestic workers. */
  readonly families: ReadonlyArray<{ latin: string; arabic: string }>;
  readonly companies: readonly string[];
  /** Recruitment agencies whose rosters are generated, one per roster file. */
  readonly agencies: Readonly<Record<'french' | 'arabic' | 'json' | 'tsv', { name: string; slug: string }>>;
}

const d = (name: string, variants: string, arabic: string): District => ({
  name,
  variants: variants === '' ? [] : variants.split('|'),
  arabic,
});

const BEIRUT = d('Beirut', 'Beyrouth|Bayrut', 'بيروت');
const MATN = d('Matn', 'Metn|El Metn|Al Matn', 'المتن');
const BAABDA = d('Baabda', 'Baabdat|Baabda District', 'بعبدا');
const KESERWAN = d('Keserwan', 'Kesrouan|Kisrawan|Kesrwan', 'كسروان');
const JBEIL = d('Jbeil', 'Byblos|Jbail', 'جبيل');
const ALEY = d('Aley', 'Alay|Aaley', 'عاليه');
const TRIPOLI = d('Tripoli', 'Trablous|Tarablus', 'طرابلس');
const ZGHARTA = d('Zgharta', 'Zghorta|Zgharta-Ehden', 'زغرتا');
const BATROUN = d('Batroun', 'El Batroun|Batrun', 'البترون');
const AKKAR = d('Akkar', 'Aakkar|Akar', 'عكار');
const SIDON = d('Sidon', 'Saida|Saïda|Sayda', 'صيدا');
const TYRE = d('Tyre', 'Sour|Sur|Tyr', 'صور');
const NABATIEH = d('Nabatieh', 'Nabatiyeh|Nabatiye', 'النبطية');
const ZAHLE = d('Zahle', 'Zahlé|Zahleh', 'زحلة');
const BAALBEK = d('Baalbek', 'Baalbeck|Baalbak', 'بعلبك');

function place(
  weight: number,
  city: string,
  cityVariants: string,
  french: string,
  arabic: string,
  district: District,
  governorate: string,
  lat: number,
  lon: number,
  streets: string,
): readonly [Place, number] {
  return [
    {
      city,
      cityVariants: cityVariants === '' ? [] : cityVariants.split('|'),
      french,
      arabic,
      district,
      governorate,
      lat,
      lon,
      streets: streets.split('|'),
    },
    weight,
  ];
}

const LEBANON_PLACES = new Weighted<Place>([
  place(
    30,
    'Beirut',
    'Beyrouth|Bayrut',
    'Beyrouth',
    'بيروت',
    BEIRUT,
    'Beirut',
    33.8938,
    35.5018,
    'Hamra Street|Mar Elias Street|Bliss Street|Verdun Street|Sassine Square|Gemmayzeh Street|Badaro Street|Corniche el Mazraa',
  ),
  place(
    8,
    'Bourj Hammoud',
    'Borj Hammoud|Burj Hammud|Bourj Hamoud',
    'Bourj Hammoud',
    'برج حمود',
    MATN,
    'Mount Lebanon',
    33.8936,
    35.5403,
    'Arax Street|Marash Street|Armenia Street|Nahr Street',
  ),
  place(
    4,
    'Jdeideh',
    'Jdaideh|Jdeidet el Matn|Jdeidet',
    'Jdeideh',
    'الجديدة',
    MATN,
    'Mount Lebanon',
    33.8925,
    35.5597,
    'Main Road|Church Street|Boulevard Street',
  ),
  place(
    3,
    'Antelias',
    'Antilias|Antelyas',
    'Antélias',
    'انطلياس',
    MATN,
    'Mount Lebanon',
    33.9147,
    35.5858,
    'Highway Service Road|Square Street|Old Road',
  ),
  place(
    4,
    'Dekwaneh',
    'Dekweneh|Dikwaneh',
    'Dékouané',
    'الدكوانة',
    MATN,
    'Mount Lebanon',
    33.8806,
    35.5436,
    'Mar Roukoz Street|Main Street|Municipality Street',
  ),
  place(
    3,
    'Baabda',
    'Baabdat',
    'Baabda',
    'بعبدا',
    BAABDA,
    'Mount Lebanon',
    33.8339,
    35.5442,
    'Palace Road|Main Street|Church Street',
  ),
  place(
    2,
    'Hazmieh',
    'Hazmiyeh|Hazmiye',
    'Hazmié',
    'الحازمية',
    BAABDA,
    'Mount Lebanon',
    33.8547,
    35.5364,
    'Mar Takla Street|Main Road|Damascus Road',
  ),
  place(
    3,
    'Chiyah',
    'Chiah|Shiyah|Chiyyah',
    'Chiyah',
    'الشياح',
    BAABDA,
    'Mount Lebanon',
    33.85,
    35.515,
    'Assaad el Assaad Street|Old Saida Road|Main Street',
  ),
  place(
    6,
    'Jounieh',
    'Junieh|Djounieh|Jouniyeh',
    'Jounieh',
    'جونية',
    KESERWAN,
    'Mount Lebanon',
    33.9808,
    35.6178,
    'Old Souk Street|Maameltein Street|Kaslik Main Road|Sea Road',
  ),
  place(
    2,
    'Byblos',
    'Jbeil|Jbail',
    'Byblos',
    'جبيل',
    JBEIL,
    'Mount Lebanon',
    34.1211,
    35.6481,
    'Old Souk|Port Road|Main Street',
  ),
  place(
    2,
    'Aley',
    'Alay|Aaley',
    'Aley',
    'عاليه',
    ALEY,
    'Mount Lebanon',
    33.8106,
    35.5972,
    'Main Street|Souk Street|Municipality Street',
  ),
  place(
    8,
    'Tripoli',
    'Trablous|Trablus|Tarablus',
    'Tripoli',
    'طرابلس',
    TRIPOLI,
    'North',
    34.4367,
    35.8497,
    'Azmi Street|Mina Road|Tall Square|Maarad Street|Abou Samra Street',
  ),
  place(
    1,
    'Zgharta',
    'Zghorta',
    'Zgharta',
    'زغرتا',
    ZGHARTA,
    'North',
    34.3979,
    35.8939,
    'Main Street|Church Street',
  ),
  place(
    1,
    'Batroun',
    'El Batroun|Batrun',
    'Batroun',
    'البترون',
    BATROUN,
    'North',
    34.2553,
    35.6581,
    'Old Souk|Sea Road|Main Street',
  ),
  place(
    1,
    'Halba',
    'Halba Akkar|Helba',
    'Halba',
    'حلبا',
    AKKAR,
    'Akkar',
    34.5428,
    36.0797,
    'Main Road|Serail Street',
  ),
  place(
    5,
    'Sidon',
    'Saida|Saïda|Sayda',
    'Saïda',
    'صيدا',
    SIDON,
    'South',
    33.5571,
    35.3729,
    'Riad El Solh Street|Old Souk|Corniche|Eastern Boulevard',
  ),
  place(
    3,
    'Tyre',
    'Sour|Sur',
    'Tyr',
    'صور',
    TYRE,
    'South',
    33.2705,
    35.2038,
    'Hiram Street|Port Road|Old Souk',
  ),
  place(
    2,
    'Nabatieh',
    'Nabatiyeh|Nabatiye',
    'Nabatieh',
    'النبطية',
    NABATIEH,
    'Nabatieh',
    33.3779,
    35.4839,
    'Hassan Kamel El Sabbah Street|Main Street|Souk Street',
  ),
  place(
    3,
    'Zahle',
    'Zahlé|Zahleh',
    'Zahlé',
    'زحلة',
    ZAHLE,
    'Beqaa',
    33.8463,
    35.902,
    'Boulevard Street|Berdawni Street|Main Road',
  ),
  place(
    1,
    'Chtaura',
    'Chtoura|Shtaura',
    'Chtaura',
    'شتورة',
    ZAHLE,
    'Beqaa',
    33.8147,
    35.8515,
    'Damascus Road|Main Street',
  ),
  place(
    1,
    'Baalbek',
    'Baalbeck|Baalbak',
    'Baalbek',
    'بعلبك',
    BAALBEK,
    'Baalbek-Hermel',
    34.0047,
    36.211,
    'Temples Street|Main Street|Ras El Ain Road',
  ),
]);

// Common Lebanese family names, for private households employing domestic workers.
const LEBANON_FAMILIES = [
  { latin: 'Khoury', arabic: 'خوري' },
  { latin: 'Haddad', arabic: 'حداد' },
  { latin: 'Nassar', arabic: 'نصار' },
  { latin: 'Saab', arabic: 'صعب' },
  { latin: 'Khalil', arabic: 'خليل' },
  { latin: 'Aoun', arabic: 'عون' },
  { latin: 'Hajj', arabic: 'الحاج' },
  { latin: 'Karam', arabic: 'كرم' },
  { latin: 'Matar', arabic: 'مطر' },
  { latin: 'Azar', arabic: 'عازار' },
  { latin: 'Rizk', arabic: 'رزق' },
  { latin: 'Daher', arabic: 'ضاهر' },
  { latin: 'Hamdan', arabic: 'حمدان' },
  { latin: 'Mansour', arabic: 'منصور' },
  { latin: 'Najjar', arabic: 'نجار' },
  { latin: 'Salameh', arabic: 'سلامة' },
  { latin: 'Tannous', arabic: 'طنوس' },
  { latin: 'Younes', arabic: 'يونس' },
  { latin: 'Chamoun', arabic: 'شمعون' },
  { latin: 'Itani', arabic: 'عيتاني' },
];

// Invented employers: any likeness to a real business is accidental.
const LEBANON_COMPANIES = [
  'Cedar Facility Services',
  'Harbour Logistics',
  'Al Noor Hospital',
  'Mediterranea Hotel',
  'Blue Coast Cleaning',
  'Phoenician Bakery',
  'Mount Lebanon Care Home',
  'Riviera Laundry',
  'Grand Souk Supermarket',
  'Sunrise Construction',
];

export const LEBANON: HostCountry = {
  code: 'LB',
  name: 'Lebanon',
  callingCode: '961',
  trunkPrefix: '0',
  mobileBlockLength: 1,
  // +961 3 0xx xxx is not allocated to subscribers (same range as the demo data): 100,000 numbers.
  mobileSpace: 100_000,
  mobileNumber: (slot) => `30${String(slot).padStart(5, '0')}`,
  fakeMobilePrefix: '30',
  places: LEBANON_PLACES,
  families: LEBANON_FAMILIES,
  companies: LEBANON_COMPANIES,
  agencies: {
    french: { name: 'Cèdre Bleu Recrutement', slug: 'cedre-bleu' },
    arabic: { name: 'Al Manara Manpower', slug: 'al-manara' },
    json: { name: 'Harbour Staffing', slug: 'harbour-staffing' },
    tsv: { name: 'Phoenicia Home Services', slug: 'phoenicia-home' },
  },
};

const HOSTS: Readonly<Record<string, HostCountry>> = { LB: LEBANON };

export const HOST_CODES = Object.keys(HOSTS);

export function hostCountry(code: string): HostCountry {
  const host = HOSTS[code.toUpperCase()];
  if (!host) {
    throw new MusterError(
      'INVALID_INPUT',
      `No synthetic data for host country "${code}" (available: ${HOST_CODES.join(', ')}).`,
    );
  }
  return host;
}
