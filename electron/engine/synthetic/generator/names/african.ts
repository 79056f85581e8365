// African-origin names: Ethiopian, Kenyan, Ghanaian and Nigerian nationals. Ethiopians carry no
// family name: the "surname" is the father's given name, often abbreviated (G/Mariam for Gebremariam).
import { n, type NameForm, type NamePool } from './nameForm';

export const ETHIOPIAN_GIVEN: NamePool = {
  M: [
    n('Abebe', 'Abebbe'),
    n('Dawit', 'David|Dawitt'),
    n('Tesfaye', 'Tesfay|Tesfaya'),
    n('Getachew', 'Getachow|Getacho'),
    n('Solomon', 'Selomon|Solomun'),
    n('Yohannes', 'Yohanes|Johannes|Yohannis'),
    n('Mulugeta', 'Mulgeta'),
    n('Girma', 'Guirma'),
    n('Biniam', 'Biniyam|Binyam'),
    n('Haile', 'Hailé'),
    n('Tadesse', 'Tadese|Taddese'),
    n('Kebede', 'Kebbede'),
    n('Alemayehu', 'Alemayhu|Alemayehou'),
    n('Berhanu', 'Birhanu|Berhano'),
    n('Mesfin', 'Mesfen'),
    n('Yonas', 'Jonas|Yonnas'),
    n('Tewodros', 'Theodros|Tedros'),
    n('Bekele', 'Bekelle'),
    n('Assefa', 'Asefa|Assefah'),
    n('Worku', 'Werku'),
  ],
  F: [
    n('Tigist', 'Tigest|Tigst'),
    n('Meseret', 'Messeret|Meserete'),
    n('Hiwot', 'Hewot|Heywot'),
    n('Selamawit', 'Selamawite|Selam'),
    n('Almaz', 'Almaze|Almas'),
    n('Bethlehem', 'Betelhem|Bethelhem|Betlehem'),
    n('Tsehay', 'Tsehai|Tsehaye'),
    n('Meron', 'Merron'),
    n('Mekdes', 'Mekdis|Mekides'),
    n('Aster', 'Astér'),
    n('Hana', 'Hanna|Hannah'),
    n('Genet', 'Genete|Ganet'),
    n('Kidist', 'Kedist|Kidest'),
    n('Birtukan', 'Birtukanu|Birtokan'),
    n('Rahel', 'Rachel|Rahiel'),
    n('Azeb', 'Azieb'),
    n('Frehiwot', 'Firehiwot|Frehewot'),
    n('Mahlet', 'Mahelet|Mahlete'),
    n('Eyerusalem', 'Eyerusalam|Yerusalem|Jerusalem'),
  ],
};

/** Fathers' names that only appear in the surname position, with their usual abbreviations. */
export const ETHIOPIAN_FATHERS_EXTRA: readonly NameForm[] = [
  n('Gebremedhin', 'Gebre Medhin|G/Medhin|Gebre-Medhin|G. Medhin'),
  n('Woldemariam', 'Wolde Mariam|W/Mariam|Weldemariam|Wolde-Mariam'),
  n('Gebreegziabher', 'Gebre Egziabher|G/Egziabher|Gebregziabher'),
  n('Haileselassie', 'Haile Selassie|H/Selassie|Haile-Selassie'),
  n('Gebremariam', 'Gebre Mariam|G/Mariam|Gebre-Mariam'),
  n('Woldegiorgis', 'Wolde Giorgis|W/Giorgis|Weldegiorgis'),
  n('Negash', 'Negas'),
  n('Ayele', 'Ayelle'),
  n('Desta', 'Dessta'),
];

export const KENYAN_GIVEN: NamePool = {
  M: [
    n('John', 'Jhon'),
    n('Peter', 'Petter'),
    n('Joseph', 'Josef|Josephat'),
    n('Kevin', 'Kelvin'),
    n('Samuel', 'Samwel'),
    n('Daniel', 'Danniel'),
    n('Brian', 'Bryan'),
    n('Dennis', 'Denis'),
  ],
  F: [
    n('Grace', 'Gracy'),
    n('Mary', 'Marry'),
    n('Faith', 'Faithe'),
    n('Mercy', 'Mercie'),
    n('Esther', 'Ester'),
    n('Caroline', 'Carolyne|Carolina'),
    n('Lucy', 'Lucie'),
    n('Nancy', 'Nancie'),
    n('Ruth', 'Rut'),
    n('Beatrice', 'Beatrise'),
    n('Purity', 'Puritty'),
    n('Winnie', 'Winny'),
    n('Eunice', 'Eunis'),
  ],
};

/** Kenyan names given as a second given name after the baptismal one. */
export const KENYAN_SECOND_GIVEN: NamePool = {
  M: [
    n('Kamau', 'Kamao'),
    n('Otieno', 'Otienno'),
    n('Kiprop', 'Kiprob'),
    n('Ochieng', "Ochieng'|Ochien"),
    n('Mutua', 'Mutwa'),
  ],
  F: [
    n('Wanjiru', 'Wanjiro|Wanjuru'),
    n('Achieng', "Achieng'|Achien"),
    n('Wambui', 'Wambuy'),
    n('Akinyi', 'Akiny'),
    n('Nyambura', 'Nyamburah'),
    n('Chebet', 'Chebett'),
  ],
};

export const KENYAN_SURNAMES: readonly NameForm[] = [
  n('Mwangi', 'Mwangy'),
  n('Otieno', 'Otienno'),
  n('Kamau', 'Kamao'),
  n('Njoroge', 'Njorogé|Njoroghe'),
  n('Ochieng', "Ochieng'|Ochien"),
  n('Odhiambo', 'Odiambo'),
  n('Kiprotich', 'Kiprotic'),
  n('Wafula', 'Wafulla'),
  n('Mutua', 'Mutwa'),
  n('Onyango', 'Onyangu'),
  n('Kariuki', 'Kariuky'),
  n('Omondi', 'Omondy'),
];

export const GHANAIAN_GIVEN: NamePool = {
  M: [
    n('Kwame', 'Kwamé'),
    n('Kofi', 'Koffi'),
    n('Kwabena', 'Kwabina'),
    n('Yaw', 'Yao'),
    n('Emmanuel', 'Emanuel'),
    n('Samuel', 'Samwel'),
  ],
  F: [
    n('Abena', 'Abenna'),
    n('Akosua', 'Akos'),
    n('Ama', 'Amma'),
    n('Adwoa', 'Adjoa|Adjowa'),
    n('Efua', 'Effua|Efuah'),
    n('Comfort', 'Confort'),
    n('Patience', 'Patiance'),
    n('Gifty', 'Gifti'),
    n('Abigail', 'Abigael'),
  ],
};

export const GHANAIAN_SURNAMES: readonly NameForm[] = [
  n('Mensah', 'Mensa'),
  n('Owusu', 'Owuso'),
  n('Boateng', 'Boatang'),
  n('Asante', 'Asanti'),
  n('Osei', 'Osey'),
  n('Appiah', 'Apia|Appia'),
  n('Agyemang', 'Agyeman'),
  n('Addo', 'Ado'),
];

export const NIGERIAN_GIVEN: NamePool = {
  M: [
    n('Chukwuemeka', 'Emeka|Chukwu Emeka'),
    n('Chinedu', 'Chinedum'),
    n('Babatunde', 'Tunde|Baba Tunde'),
    n('Oluwaseun', 'Seun|Oluwaseyi'),
    n('Ibrahim', 'Ebrahim'),
    n('Emmanuel', 'Emanuel'),
  ],
  F: [
    n('Ngozi', 'Ngozie'),
    n('Chiamaka', 'Chiamakah|Chi Amaka'),
    n('Blessing', 'Blesing'),
    n('Funmilayo', 'Funmi|Funmilola'),
    n('Oluwaseun', 'Seun'),
    n('Aisha', 'Aishat|Ayisha'),
    n('Chioma', 'Chiomma'),
  ],
};

export const NIGERIAN_SURNAMES: readonly NameForm[] = [
  n('Okafor', 'Okafo'),
  n('Okonkwo', 'Okonko'),
  n('Adeyemi', 'Adeyemy'),
  n('Eze', 'Ezeh'),
  n('Nwosu', 'Nwosou'),
  n('Bello', 'Belo'),
  n('Abubakar', 'Abubakr|Abu-Bakar|Abu Bakar'),
  n('Olawale', 'Olawalé'),
];
