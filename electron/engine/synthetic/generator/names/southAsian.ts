// South-Asian-origin names: Bangladeshi, Sri Lankan and Nepali nationals.
import { n, type NameForm, type NamePool } from './nameForm';

/** Bangladeshi men's first given name, abbreviated or dropped from one form to the next. */
export const BANGLADESHI_MALE_PREFIX = n('Mohammad', 'Md.|Md|Mohammed|Muhammad|Mohd.|Mohd');
/** Bangladeshi women's honorific first given name, likewise. */
export const BANGLADESHI_FEMALE_PREFIX = n('Mosammat', 'Mst.|Most.|Mst|Musammat|Mosammad');

export const BANGLADESHI_GIVEN: NamePool = {
  M: [
    n('Rafiqul', 'Rafikul|Rafiq Ul'),
    n('Shahidul', 'Sahidul|Shahidul Islam'),
    n('Aminul', 'Aminool'),
    n('Saiful', 'Shaiful|Saifool'),
    n('Nurul', 'Norul|Nur Ul'),
    n('Mizanur', 'Mizanoor|Mizan'),
    n('Habibur', 'Habibor|Habib'),
    n('Jahangir', 'Jahangeer|Jahangier'),
    n('Kamrul', 'Kamrool|Kamarul'),
    n('Abdul Karim', 'Abdul Kareem|Abdulkarim|Abd Karim'),
    n('Abdur Rahim', 'Abdur Raheem|Abdurrahim|Abdul Rahim'),
    n('Rubel', 'Rubell'),
    n('Shakil', 'Shakeel'),
    n('Masud', 'Masood|Mashud'),
  ],
  F: [
    n('Nasrin', 'Nasreen|Nasrine'),
    n('Shirin', 'Shireen|Sirin'),
    n('Rokeya', 'Rokiya|Rokea'),
    n('Fatema', 'Fatima|Fatama'),
    n('Ayesha', 'Aysha|Aisha'),
    n('Rina', 'Reena'),
    n('Shahnaz', 'Shanaz|Shahnaj'),
    n('Moriom', 'Mariam|Moryom'),
    n('Shapla', 'Sapla'),
    n('Salma', 'Selma'),
    n('Rupa', 'Roopa'),
    n('Jesmin', 'Jasmin|Jesmine'),
    n('Lipi', 'Lipy'),
    n('Parvin', 'Parveen|Perveen'),
  ],
};

export const BANGLADESHI_SURNAMES: readonly NameForm[] = [
  n('Hossain', 'Hussain|Hosain|Hossen|Hosen'),
  n('Rahman', 'Rahaman|Rohman'),
  n('Islam', 'Islaam'),
  n('Uddin', 'Uddeen|Udin'),
  n('Miah', 'Mia|Mian'),
  n('Sarker', 'Sarkar|Shorkar'),
  n('Chowdhury', 'Choudhury|Chowdhuri|Chowdury'),
  n('Ali', 'Aly'),
  n('Alam', 'Allam'),
  n('Molla', 'Mollah|Mulla'),
  n('Sheikh', 'Shaikh|Sk.|Sk'),
  n('Haque', 'Hoque|Haq|Huq'),
  n('Biswas', 'Bishwas'),
];

/** Surnames only Bangladeshi women carry. */
export const BANGLADESHI_FEMALE_SURNAMES: readonly NameForm[] = [
  n('Akter', 'Akhter|Aktar|Akhtar'),
  n('Begum', 'Begom|Bagum'),
  n('Khatun', 'Khatoon|Khatoun'),
];

export const SRI_LANKAN_GIVEN: NamePool = {
  M: [
    n('Nuwan', 'Nuvan'),
    n('Kasun', 'Kasoon'),
    n('Chaminda', 'Chamindha'),
    n('Saman', 'Samman'),
    n('Ruwan', 'Ruvan'),
    n('Pradeep', 'Pradip|Pradeepa'),
    n('Lasantha', 'Lasanta'),
    n('Mahesh', 'Maheshe'),
    n('Sunil', 'Suneel'),
    n('Chathura', 'Chatura'),
  ],
  F: [
    n('Kumari', 'Kumary'),
    n('Nirosha', 'Nirosa|Niroshaa'),
    n('Chandrika', 'Chandrica'),
    n('Dilani', 'Dilanie'),
    n('Shanthi', 'Shanti|Santhi'),
    n('Malini', 'Malinie'),
    n('Nirmala', 'Nirmalaa'),
    n('Sandya', 'Sandhya|Sandiya'),
    n('Anoma', 'Anomaa'),
    n('Priyanka', 'Priyanga|Priyankha'),
    n('Dilrukshi', 'Dilrukshie|Dilruksi'),
    n('Sriyani', 'Sriyanie|Sriyane'),
    n('Inoka', 'Inokha'),
    n('Chamari', 'Chamary'),
  ],
};

export const SRI_LANKAN_SURNAMES: readonly NameForm[] = [
  n('Perera', 'Pereira'),
  n('Fernando', 'Fernandu'),
  n('De Silva', 'de Silva|Desilva|Silva|De-Silva'),
  n('Jayasinghe', 'Jayasingha|Jayasinha'),
  n('Wickramasinghe', 'Wickremasinghe|Wickramasingha|Wikramasinghe'),
  n('Bandara', 'Bandaara'),
  n('Dissanayake', 'Dissanayaka|Disanayake'),
  n('Herath', 'Herat'),
  n('Rajapaksha', 'Rajapakse|Rajapaksa'),
  n('Kumara', 'Kumare'),
  n('Gunawardena', 'Gunawardana|Gunewardene'),
  n('Senanayake', 'Senanayaka'),
  n('Rathnayake', 'Ratnayake|Rathnayaka'),
  n('Weerasinghe', 'Weerasingha|Werasinghe'),
  n('Karunaratne', 'Karunarathne|Karunaratna'),
  n('Liyanage', 'Liyanaghe'),
];

export const NEPALI_GIVEN: NamePool = {
  M: [
    n('Ram', 'Raam'),
    n('Suresh', 'Sures'),
    n('Ramesh', 'Rames'),
    n('Bikash', 'Bikas|Vikash'),
    n('Krishna', 'Krisna|Krishn'),
    n('Hari', 'Harry'),
    n('Dipak', 'Deepak'),
    n('Santosh', 'Santos|Santhosh'),
    n('Prakash', 'Prakas'),
    n('Bishnu', 'Bisnu|Vishnu'),
    n('Sagar', 'Saagar'),
  ],
  F: [
    n('Sita', 'Seeta'),
    n('Laxmi', 'Lakshmi|Laxmee'),
    n('Sunita', 'Suneeta'),
    n('Anita', 'Aneeta'),
    n('Gita', 'Geeta|Geetha'),
    n('Sarita', 'Sareeta'),
    n('Kamala', 'Kamla'),
    n('Maya', 'Maaya'),
    n('Parbati', 'Parvati|Parbatee'),
    n('Sabina', 'Sabeena'),
    n('Mina', 'Meena'),
    n('Puja', 'Pooja'),
  ],
};

export const NEPALI_SURNAMES: readonly NameForm[] = [
  n('Gurung', 'Gurang'),
  n('Tamang', 'Tamange'),
  n('Rai', 'Raee'),
  n('Thapa', 'Thappa'),
  n('Shrestha', 'Shreshta|Srestha'),
  n('Magar', 'Magaar'),
  n('Sharma', 'Sarma'),
  n('Limbu', 'Limboo'),
  n('Lama', 'Laama'),
  n('Karki', 'Karkee'),
  n('Bhattarai', 'Bhatarai'),
  n('Adhikari', 'Adhikary'),
  n('Khadka', 'Khadaka'),
  n('Sherpa', 'Serpa'),
  n('B.K.', 'BK|B K|Bishwakarma|Biswakarma'),
];
