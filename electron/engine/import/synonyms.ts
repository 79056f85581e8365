// What rosters call each person field, in the languages consular units receive files in (English,
// French, Spanish, Italian, Portuguese, Arabic, some German). Written as people write them;
// normaliseHeader folds both sides, so accents, case, articles and "N°"/"No."/"#" do not matter here.
import type { PersonField } from '../../../shared/person';

// prettier-ignore
export const FIELD_SYNONYMS: Readonly<Record<PersonField, readonly string[]>> = {
  source_key: [
    'no', 'id', 'ref', 'reference', 'ref no', 'record id', 'row id', 'case no', 'case id', 'file no',
    'registration no', 'serial no', 's/n', 'sn', 'key', 'référence', 'identifiant', 'n° dossier', 'dossier',
    'referencia', 'expediente', 'n° expediente', 'riferimento', 'codice', 'referência', 'رقم الملف',
    'رقم التسجيل', 'المرجع', 'الرقم التسلسلي',
  ],
  given_names: [
    'first name', 'first names', 'given name', 'given names', 'forename', 'forenames', 'christian name',
    'fname', 'first', 'prénom', 'prénoms', 'primer nombre', 'nombre de pila', 'nome proprio',
    'nome di battesimo', 'primeiro nome', 'prenome', 'vorname', 'vornamen', 'الاسم الأول', 'الاسم الاول',
  ],
  surname: [
    'surname', 'surnames', 'last name', 'lastname', 'family name', 'lname', 'last', 'nom de famille',
    'nom patronymique', 'apellido', 'apellidos', 'primer apellido', 'cognome', 'sobrenome', 'apelido',
    'apelidos', 'nachname', 'familienname', 'اسم العائلة', 'العائلة', 'الشهرة', 'الكنية', 'اللقب',
  ],
  full_name: [
    'full name', 'complete name', 'اسم الشخص', 'name and surname', 'first and last name', 'person name', 'employee name',
    'worker name', 'worker', 'employee', 'name of worker', 'name of employee', 'applicant name', 'passenger name', 'national name', 'nom complet', 'nom et prénom',
    'nom et prénoms', 'noms et prénoms', 'nom prénom', 'prénom et nom', 'nombre completo',
    'nombre y apellidos', 'nombres y apellidos', 'apellidos y nombre', 'apellidos y nombres', 'nome completo',
    'nome e cognome', 'cognome e nome', 'vollständiger name', 'الاسم الكامل', 'الاسم الثلاثي',
    'الاسم الرباعي', 'الاسم والشهرة',
  ],
  date_of_birth: [
    'date of birth', 'birth date', 'birthdate', 'dob', 'd.o.b.', 'born', 'born on', 'birthday',
    'date de naissance', 'né le', 'née le', 'né(e) le', 'naissance', 'fecha de nacimiento',
    'fecha nacimiento', 'f. nacimiento', 'nacimiento', 'data di nascita', 'nato il', 'data de nascimento',
    'nascimento', 'geburtsdatum', 'تاريخ الميلاد', 'تاريخ الولادة', 'الميلاد', 'الولادة',
  ],
  sex: [
    'sex', 'gender', 'm/f', 'f/m', 'sexe', 'genre', 'h/f', 'sexo', 'género', 'sesso', 'genere', 'geschlecht',
    'الجنس', 'النوع',
  ],
  nationality: [
    'nationality', 'citizenship', 'nationalité', 'nacionalidad', 'nazionalità', 'cittadinanza',
    'nacionalidade', 'staatsangehörigkeit', 'الجنسية',
  ],
  national_id: [
    'national id', 'national id no', 'id no', 'id number', 'id card', 'id card no', 'identity card',
    'identity card no', 'identity no', 'identity document', 'nin', 'ssn', 'social security no', 'cnic', 'nic',
    'emirates id', 'iqama', 'iqama no', 'civil id', 'aadhaar', 'carte d’identité', "n° carte d'identité",
    'cni', "pièce d'identité", "n° pièce d'identité", 'dni', 'documento de identidad', 'cédula',
    'cédula de identidad', "carta d'identità", 'codice fiscale', 'cpf', 'rg', 'bilhete de identidade',
    'personalausweis', 'رقم الهوية', 'الرقم الوطني', 'رقم البطاقة', 'بطاقة الهوية', 'الهوية', 'رقم الإقامة',
  ],
  passport_no: [
    'passport', 'passport no', 'passport number', 'ppt no', 'pp no', 'travel document no', 'passeport',
    'n° passeport', 'numéro de passeport', 'pasaporte', 'n° pasaporte', 'passaporto', 'n° passaporto',
    'passaporte', 'n° passaporte', 'reisepass', 'reisepassnummer', 'رقم الجواز', 'رقم جواز السفر',
    'جواز السفر', 'الجواز',
  ],
  passport_expiry: [
    'passport expiry', 'passport expiry date', 'passport expiration', 'passport expiration date',
    'passport valid until', 'expiry date', 'date of expiry', 'expiration date', 'expiry', 'valid until',
    "date d'expiration", 'expiration du passeport', 'validité du passeport', 'fecha de caducidad',
    'fecha de vencimiento', 'vencimiento del pasaporte', 'caducidad', 'scadenza', 'data di scadenza',
    'scadenza passaporto', 'validade', 'data de validade', 'validade do passaporte', 'ablaufdatum',
    'gültig bis', 'تاريخ الانتهاء', 'تاريخ انتهاء الجواز', 'تاريخ انتهاء الصلاحية', 'انتهاء الصلاحية',
    'صلاحية الجواز',
  ],
  phone: [
    'phone', 'phone no', 'phone 1', 'telephone', 'telephone 1', 'tel', 'tel no', 'tél', 'mobile', 'mobile no',
    'mobile 1', 'mobile phone', 'cell', 'cell phone', 'cellphone', 'contact no', 'contact number', 'whatsapp',
    'gsm', 'portable', 'téléphone', 'téléphone portable', 'n° de téléphone', 'teléfono', 'teléfono móvil',
    'móvil', 'celular', 'telefono', 'cellulare', 'telefone', 'telemóvel', 'handy', 'handynummer', 'الهاتف',
    'رقم الهاتف', 'الجوال', 'رقم الجوال', 'الموبايل', 'رقم الموبايل', 'الخلوي', 'رقم الخلوي', 'هاتف',
    'واتساب',
  ],
  phone_alt: [
    'phone 2', 'telephone 2', 'tel 2', 'mobile 2', 'alternative phone', 'alternate phone', 'other phone',
    'second phone', 'secondary phone', 'home phone', 'landline', 'fixed line', 'work phone', 'office phone',
    'téléphone 2', 'autre téléphone', 'téléphone fixe', 'fixe', 'teléfono 2', 'otro teléfono',
    'teléfono fijo', 'telefono 2', 'altro telefono', 'telefono fisso', 'telefone 2', 'telefone fixo',
    'outro telefone', 'هاتف 2', 'هاتف آخر', 'الهاتف الأرضي', 'الهاتف الثابت', 'رقم آخر',
  ],
  email: [
    'email', 'e-mail', 'email address', 'e-mail address', 'mail', 'courriel', 'adresse email',
    'adresse électronique', 'correo', 'correo electrónico', 'email personale', 'posta elettronica',
    'correio eletrônico', 'correio electrónico', 'البريد الإلكتروني', 'الايميل', 'الإيميل', 'البريد',
  ],
  language: [
    'language', 'languages', 'spoken language', 'preferred language', 'mother tongue', 'langue', 'langues',
    'langue parlée', 'idioma', 'idiomas', 'lengua', 'lingua', 'língua', 'sprache', 'اللغة', 'اللغات',
  ],
  address: [
    'address', 'street', 'street address', 'home address', 'current address', 'residence',
    'address in country', 'adresse', 'domicile', 'adresse actuelle', 'dirección', 'domicilio', 'indirizzo',
    'residenza', 'endereço', 'morada', 'anschrift', 'adresse de résidence', 'العنوان', 'عنوان السكن',
    'مكان السكن', 'السكن',
  ],
  city: [
    'city', 'town', 'city/town', 'location', 'current location', 'place of residence', 'locality', 'village', 'municipality', 'ville', 'commune', 'localité',
    'ciudad', 'localidad', 'municipio', 'città', 'comune', 'cidade', 'localidade', 'stadt', 'ort', 'المدينة',
    'البلدة', 'القرية', 'البلدية',
  ],
  admin1: [
    'region', 'province', 'state', 'governorate', 'county', 'département', 'wilaya', 'mohafaza', 'muhafazah',
    'préfecture', 'región', 'provincia', 'estado', 'departamento', 'regione', 'bundesland', 'المحافظة',
    'المنطقة', 'الولاية', 'الإقليم', 'district', 'muhafaza', 'muhafazat', 'caza', 'kaza', 'qada', 'qadaa',
    'gouvernorat', 'district administratif', 'caza (district)', 'distrito', 'gobernación', 'distretto', 'محافظة',
    'قضاء', 'القضاء', 'المديرية',
  ],
  country: [
    'country', 'country of residence', 'host country', 'pays', 'pays de résidence', 'país',
    'país de residencia', 'paese', 'paese di residenza', 'país de residência', 'land', 'البلد', 'الدولة',
    'بلد الإقامة',
  ],
  lat: ['lat', 'latitude', 'gps lat', 'gps latitude', 'latitud', 'latitudine', 'breitengrad', 'خط العرض'],
  lon: [
    'lon', 'lng', 'long', 'longitude', 'gps lon', 'gps lng', 'gps longitude', 'longitud', 'longitudine',
    'längengrad', 'خط الطول',
  ],
  employer: [
    'employer', 'employer name', 'company', 'company name', 'organisation', 'organization', 'workplace',
    'sponsor', 'kafeel', 'kafil', 'employeur', 'entreprise', 'société', 'empleador', 'empresa',
    'datore di lavoro', 'azienda', 'empregador', 'arbeitgeber', 'صاحب العمل', 'جهة العمل', 'مكان العمل',
    'الكفيل', 'اسم الكفيل', 'الشركة',
  ],
  household_key: [
    'household', 'household id', 'household no', 'family id', 'family no', 'family group', 'family',
    'group id', 'ménage', 'n° ménage', 'famille', 'n° famille', 'hogar', 'familia', 'grupo familiar',
    'famiglia', 'nucleo familiare', 'agregado familiar', 'família', 'haushalt', 'رقم العائلة', 'رقم الأسرة',
    'الأسرة', 'dependants of', 'dependant of', 'dependents of', 'dependent of', 'principal', 'principal applicant',
    'head of household', 'household head', 'head of family', 'family of', 'chef de ménage', 'chef de famille',
    'personne à charge de', 'jefe de hogar', 'jefe de familia', 'a cargo de', 'capofamiglia',
    'chefe de família', 'رب الأسرة', 'رب العائلة', 'معال من', 'تابع لـ',
  ],
  relationship: [
    'relationship', 'relation', 'relationship to head', 'relationship to head of household', 'kinship',
    'role in household', 'lien de parenté', 'lien', 'parenté', 'parentesco', 'relación', 'parentela',
    'grado di parentela', 'verwandtschaft', 'صلة القرابة', 'القرابة', 'العلاقة',
  ],
  special_needs: [
    'special needs', 'needs', 'vulnerability', 'vulnerabilities', 'medical', 'medical condition',
    'medical needs', 'disability', 'health condition', 'besoins particuliers', 'besoins spécifiques',
    'handicap', 'vulnérabilité', 'état de santé', 'necesidades especiales', 'discapacidad', 'vulnerabilidad',
    'bisogni speciali', 'disabilità', 'necessidades especiais', 'deficiência', 'احتياجات خاصة',
    'ذوي الاحتياجات الخاصة', 'الحالة الصحية', 'إعاقة',
  ],
  emergency_contact_name: [
    'emergency contact', 'emergency contact name', 'next of kin', 'next of kin name', 'nok', 'ice',
    'contact in case of emergency', 'personne à contacter', "contact d'urgence", 'personne à prévenir',
    'contacto de emergencia', 'contatto di emergenza', 'contato de emergência', 'notfallkontakt',
    'جهة الاتصال في حالات الطوارئ', 'جهة الاتصال للطوارئ', 'شخص للاتصال في حالات الطوارئ',
  ],
  emergency_contact_phone: [
    'emergency contact phone', 'emergency contact no', 'emergency contact number', 'emergency phone',
    'emergency no', 'emergency number', 'emergency tel', 'next of kin phone', 'next of kin tel', 'nok phone',
    'ice phone', "téléphone d'urgence", "téléphone contact d'urgence", 'teléfono de emergencia',
    'telefono di emergenza', 'telefone de emergência', 'notfallnummer', 'هاتف الطوارئ', 'رقم الطوارئ',
  ],
  registered_on: [
    'registered on', 'registration date', 'date registered', 'date of registration', 'created', 'created at',
    'created on', 'submitted', 'submitted at', 'timestamp', 'date added', "date d'inscription",
    "date d'enregistrement", 'inscrit le', 'fecha de registro', 'fecha de inscripción',
    'data di registrazione', 'data de registo', 'data de registro', 'data de inscrição', 'تاريخ التسجيل',
    'تاريخ الإضافة',
  ],
  consent: [
    'consent', 'consent given', 'data consent', 'agreed', 'gdpr consent', 'consentement', 'consentimiento',
    'consenso', 'consentimento', 'einwilligung', 'الموافقة', 'موافقة',
  ],
};

/**
 * Headers that mean one thing on their own and another beside a second column: "Name" next to
 * "Surname" holds given names; "Nom" without a "Prénom" column usually holds the whole name.
 */
export const CONTEXTUAL_SYNONYMS: ReadonlyArray<{
  text: string;
  field: PersonField;
  /** Used instead when a column of `when` is present and none of `unless`. */
  switchTo: PersonField;
  when: PersonField | 'absent:given_names';
}> = [
  ...['name', 'names', 'nombre', 'nombres', 'nome', 'nomes', 'الاسم', 'اسم'].map((text) => ({
    text,
    field: 'full_name' as const,
    switchTo: 'given_names' as const,
    when: 'surname' as const,
  })),
  ...['nom', 'noms'].map((text) => ({
    text,
    field: 'surname' as const,
    switchTo: 'full_name' as const,
    when: 'absent:given_names' as const,
  })),
];

/** Headers that look like a field but are something else: never map them, even partly. */
// prettier-ignore
export const NOT_PERSON_FIELDS: readonly string[] = [
  'place of birth', 'country of birth', 'birthplace', 'birth place', 'lieu de naissance', 'pays de naissance',
  'lugar de nacimiento', 'país de nacimiento', 'luogo di nascita', 'local de nascimento', 'geburtsort',
  'مكان الولادة', 'مكان الميلاد', 'country code', 'dialling code', 'indicatif', 'age', 'âge', 'edad', 'età',
  'idade', 'alter', 'العمر', 'date of issue', 'issue date', 'passport issue date', 'place of issue',
  'issued by', 'date de délivrance', 'lieu de délivrance', 'fecha de expedición', 'fecha de emisión',
  'data di rilascio', 'data de emissão', 'تاريخ الإصدار', 'مكان الإصدار', 'notes', 'note', 'comments',
  'remarks', 'observations', 'remarques', 'commentaires', 'observaciones', 'comentarios', 'osservazioni',
  'observações', 'ملاحظات', 'father name', "father's name", 'mother name', "mother's name", 'nom du père',
  'nom de la mère', 'nombre del padre', 'nombre de la madre', 'nome del padre', 'nome della madre',
  'nome do pai', 'nome da mãe', 'اسم الأب', 'اسم الأم', 'occupation', 'profession', 'job', 'profesión',
  'professione', 'profissão', 'المهنة', 'marital status', 'état civil', 'estado civil', 'stato civile',
  'الحالة الاجتماعية', 'religion', 'الدين',
];
