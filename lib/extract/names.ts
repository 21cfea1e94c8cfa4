import type { Gender } from "./types";
import { transliterationKeys } from "./transliteration";

/** Letters that NFKD does not decompose into a base letter plus marks. */
const UNDECOMPOSABLE_LETTERS: Record<string, string> = {
  ß: "ss",
  ẞ: "SS",
  ø: "o",
  Ø: "O",
  ł: "l",
  Ł: "L",
  æ: "ae",
  Æ: "AE",
  œ: "oe",
  Œ: "OE",
  đ: "dj",
  Đ: "Dj",
  ð: "d",
  Ð: "D",
  þ: "th",
  Þ: "Th",
  ı: "i",
  ħ: "h",
  Ħ: "H",
  ŀ: "l",
  Ŀ: "L",
};
const UNDECOMPOSABLE_PATTERN = new RegExp(`[${Object.keys(UNDECOMPOSABLE_LETTERS).join("")}]`, "g");
const COMBINING_MARKS = /\p{M}+/gu;
const NON_ASCII = /[^\x00-\x7f]/;

export function foldAccents(s: string): string {
  // Pure-ASCII text is the common case; skip the Unicode work for it.
  if (!NON_ASCII.test(s)) return s;
  return s
    .replace(UNDECOMPOSABLE_PATTERN, (letter) => UNDECOMPOSABLE_LETTERS[letter] ?? letter)
    .normalize("NFKD")
    .replace(COMBINING_MARKS, "");
}

const APOSTROPHES = /['’‘`´]/g;
const NON_ALPHANUMERIC_RUNS = /[^a-z0-9]+/g;

/** Folded, lower-case, punctuation gone, words separated by single spaces. */
export function normalizeName(s: string): string {
  return foldAccents(s).toLowerCase().replace(APOSTROPHES, "").replace(NON_ALPHANUMERIC_RUNS, " ").trim();
}

// Common given names in their usual Latin spellings. Names that are commonly
// given to both sexes (Jean in French vs English, Andrea, Nikita, Sasha...) are
// left out on purpose: a wrong gender is worse than none.
const FEMALE_FIRST_NAMES = `
mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa
betty margaret sandra ashley kimberly emily donna michelle dorothy carol amanda melissa
deborah stephanie rebecca sharon laura cynthia kathleen amy angela shirley anna brenda
pamela emma nicole helen samantha katherine christine debra rachel catherine carolyn
janet ruth heather diane virginia julie joyce victoria olivia kelly christina lauren
joan evelyn judith megan cheryl hannah jacqueline martha gloria teresa ann sara madison
frances kathryn janice abigail alice judy sophia grace denise amber doris marilyn
danielle beverly isabella theresa diana natalie brittany charlotte marie kayla alexis lori
hillary kamala nancy theresa ursula angela kaja liz jacinda giorgia christine kristalina
claudia marine segolene anne sophie isabelle nathalie sylvie monique francoise valerie
celine camille chloe manon juliette brigitte agnes elisabeth annalena sahra alice
ingrid birgit petra sabine ulrike katrin heike gabriele renate silke greta frederike
carmen lucia elena isabel pilar dolores rosa mercedes beatriz raquel cristina marta
paula silvia irene yolanda ines ximena valentina fernanda gabriela daniela mariana
dilma michelle cristina beatriz luciana adriana patricia sofia giulia chiara francesca
alessandra federica elisa roberta lucia ilaria
olga tatiana tatyana svetlana irina natalia natalya yelena yekaterina ekaterina anastasia
marina ludmila lyudmila galina larisa oksana yulia yuliya julia veronika valentina
nadezhda vera lyubov tamara zoya alla nina inna polina daria darya ksenia kseniya
maria zinaida raisa alina yana kristina iryna olena halyna nataliya viktoria victoriya
agnieszka malgorzata katarzyna joanna magdalena ewa beata dorota jadwiga zuzana jana
fatima aisha ayesha khadija maryam mariam zainab layla leila amina noor nour yasmin
yasmine salma huda hanan rania samira nadia lina dina farah iman zahra hiba asma
mei xiuying meiling
priya sunita anita kavita pooja neha lakshmi indira sonia meera deepa shreya ananya
nirmala smriti sanna mette erna
`;

const MALE_FIRST_NAMES = `
james john robert michael william david richard joseph thomas charles christopher daniel
matthew anthony mark donald steven paul andrew joshua kenneth kevin brian george timothy
ronald edward jason jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin
scott brandon benjamin samuel gregory alexander frank patrick raymond jack dennis jerry
tyler aaron henry adam douglas nathan peter zachary kyle walter harold jeremy ethan carl
keith roger gerald christian terry sean arthur austin noah lawrence jesse joe bryan billy
bruce albert willie gabriel logan alan juan wayne roy ralph randy eugene vincent russell
elijah louis bobby philip johnny boris rishi keir emmanuel olaf joe barack bill antony
jens mike kevin lloyd rex tony gordon nigel jeremy liam ben tom
jacques pierre jean-pierre francois nicolas olivier laurent philippe michel alain bernard
thierry sebastien guillaume mathieu antoine julien vincent yves gerard emmanuel gabriel
francois-xavier hans klaus jurgen wolfgang dieter helmut friedrich heinrich karl
gerhard horst uwe stefan markus matthias andreas thomas frank jorg christoph florian lars
boris olaf robert christian friedrich-wilhelm frank-walter
jose juan carlos luis miguel antonio manuel francisco javier pedro jorge alejandro
fernando ricardo rafael sergio pablo diego andres alberto raul ramon enrique eduardo
santiago joaquin gustavo mauricio nicolas ignacio lula jair gonzalo emilio alfonso
giuseppe giovanni mario luigi francesco marco matteo alessandro lorenzo giorgio sergio
silvio roberto paolo stefano fabio massimo enrico
sergei sergey sergej dmitry dmitri dmitriy vladimir nikolai nikolay alexei alexey aleksei
aleksey ivan mikhail andrei andrey yuri yury igor oleg pavel viktor victor anatoly
alexander aleksandr gennady grigory konstantin maxim maksim roman ruslan stanislav
vasily vyacheslav yevgeny evgeny valery vadim vitaly vitali volodymyr oleksandr oleksiy
petro taras mykola mykhailo dmytro andriy serhiy yuriy bohdan denys
andrzej radoslaw mateusz krzysztof tomasz piotr pawel jaroslaw donald lech wojciech
viktor milos vaclav zoran aleksandar vucic janez
mohammed muhammad mohamed mohammad muhammed ahmed ahmad ali omar umar hassan hussein
hussain abdullah abdul ibrahim youssef yusuf khalid khaled mahmoud mahmud mustafa
hamza karim tariq walid samir nabil faisal salman bashar recep tayyip hakan mevlut
abdel abdelaziz hamad tamim naftali benjamin yair isaac yitzhak moshe avi
jinping keqiang qiang zhiwei
rahul amit raj arjun vikram sanjay anil sunil rajesh suresh ramesh narendra manmohan
subrahmanyam amitabh imran nawaz shehbaz jonas
`;

// Given names common to both sexes, or shared with places: known as names, no gender.
const UNISEX_FIRST_NAMES = `
jordan andrea jean sasha nikita alex kim chris robin taylor jamie morgan casey dana lee
israel chad georgia paris sofia santiago victoria florence lorenzo austin dallas sydney
`;

function buildNameSet(list: string): Set<string> {
  const names = new Set<string>();
  for (const name of list.split(/\s+/)) {
    if (!name) continue;
    for (const key of transliterationKeys(name)) names.add(key);
  }
  return names;
}

const FEMALE_KEYS = buildNameSet(FEMALE_FIRST_NAMES);
const MALE_KEYS = buildNameSet(MALE_FIRST_NAMES);

const firstNameGenders = new Map<string, Gender | null>();

const UNISEX_KEYS = buildNameSet(UNISEX_FIRST_NAMES);

const knownFirstNames = new Map<string, boolean>();

/** Whether the word is a common given name, whatever its gender. */
export function isKnownFirstName(word: string): boolean {
  const cached = knownFirstNames.get(word);
  if (cached !== undefined) return cached;
  const isKnown =
    genderOfFirstName(word) !== null ||
    transliterationKeys(normalizeName(word).replace(/ /g, "-")).some((key) => UNISEX_KEYS.has(key));
  if (knownFirstNames.size > 20_000) knownFirstNames.clear();
  knownFirstNames.set(word, isKnown);
  return isKnown;
}

export function genderOfFirstName(first: string): Gender | null {
  const cached = firstNameGenders.get(first);
  if (cached !== undefined) return cached;
  const gender = lookUpFirstName(first);
  // Bounded: the cache only saves repeated work on a vocabulary of names.
  if (firstNameGenders.size > 20_000) firstNameGenders.clear();
  firstNameGenders.set(first, gender);
  return gender;
}

function lookUpFirstName(first: string): Gender | null {
  const normalized = normalizeName(first).replace(/ /g, "-");
  if (normalized.length < 2) return null;
  const keys = transliterationKeys(normalized);
  const isFemale = keys.some((key) => FEMALE_KEYS.has(key));
  const isMale = keys.some((key) => MALE_KEYS.has(key));
  if (isFemale === isMale) return null;
  return isFemale ? "female" : "male";
}

// Feminine and masculine forms of Slavic (and Baltic, Icelandic) family names.
const FEMININE_SURNAME = /(?:ova|eva|yova|ina|yna|aya|skaya|ska|cka|dzka|aite|iene|yte|dottir)$/;
const MASCULINE_SURNAME = /(?:ov|ev|yov|in|yn|sky|skiy|skyy|skyi|ski|skij|cki|dzki)$/;
// Common Western family names that happen to carry those endings.
const NOT_SLAVIC = new Set(
  (
    "martin austin franklin griffin baldwin medina molina messina marin rubin chaplin darwin " +
    "irwin erwin goodwin godwin corbin tobin kevin melvin colvin calvin bevin devlin kaplan " +
    "latina marina sabina rosina carolina regina christina argentina dustin justin benin " +
    "mcewin mclaughlin laughlin dublin berlin merlin lupin chopin cousin"
  ).split(" "),
);

export function genderOfSurname(surname: string): Gender | null {
  const normalized = normalizeName(surname).replace(/ /g, "");
  if (normalized.length < 4 || NOT_SLAVIC.has(normalized)) return null;
  if (FEMININE_SURNAME.test(normalized)) return "female";
  if (MASCULINE_SURNAME.test(normalized)) return "male";
  return null;
}
