/**
 * Word lists about how news English names people and organizations: titles,
 * role nouns, organization words, places and capitalized words that are not
 * names. All lower case.
 */

import { COUNTRIES, REGIONS, SUBNATIONAL_REGIONS } from "./gazetteer-countries";
import type { Gender } from "./types";

const words = (list: string) => new Set(list.trim().split(/\s+/));
const PLACE_ROWS = [...COUNTRIES, ...REGIONS];

/** Nouns that name what a person does; the head of a role ("foreign minister"). */
export const ROLE_NOUNS = words(`
president vice-president president-elect premier minister secretary secretary-general undersecretary spokesperson
spokesman spokeswoman spokespeople chairman chairwoman chair chairperson chief director ambassador judge justice
senator governor mayor general commander ceo cfo coo cto executive founder co-founder coach manager captain player
striker midfielder defender goalkeeper forward referee analyst economist strategist professor lecturer doctor physician
surgeon nurse researcher scientist epidemiologist virologist official officer lawyer attorney barrister solicitor
prosecutor deputy head leader adviser advisor aide representative envoy diplomat negotiator mediator chancellor king
queen prince princess emperor pope bishop archbishop cardinal rabbi imam cleric pastor reverend vicar priest chaplain sheikh emir monarch lawmaker legislator
mp mep congressman congresswoman councilman councilwoman councilmember assemblyman assemblywoman alderman
councillor councilor commissioner inspector superintendent sheriff detective constable
colonel lieutenant sergeant major admiral marshal treasurer governor-general confidant candidate nominee activist fm pm
campaigner author expert specialist consultant partner owner investor banker trader boss director-general president's
rapporteur delegate attaché correspondent editor journalist reporter columnist commentator historian scholar teacher
principal dean rector provost student member chieftain warlord commandant auditor regulator economist chair-elect
governor's pilot engineer architect designer artist singer actor actress director producer writer novelist poet
athlete champion runner cyclist swimmer boxer driver jockey trainer physio psychologist psychiatrist dentist pharmacist
paramedic victim witness survivor resident mother father son daughter wife husband sister brother widow agent
sponsor co-author investigator organizer organiser critic chef farmer teenager pensioner shopkeeper owner pal
source person insider neighbour neighbor onlooker eyewitness bystander relative cousin uncle aunt landlord landlady
commodore brigadier corporal sophomore freshman undergraduate pupil employee worker shopper commuter passenger
patient homeowner tenant protester volunteer retiree broker dealer vendor contractor developer accountant cashier clerk
waiter waitress baker butcher fisherman miner mechanic electrician plumber builder carpenter technician programmer
labourer laborer nanny caregiver carer cleaner guard firefighter soldier veteran spectator customer client buyer seller
tourist visitor migrant refugee villager motorist cyclist commuter grower landowner lecturer tutor headteacher
assistant colleague friend spokesperson's owner lawmaker supporter fan taoiseach tánaiste tanaiste chancellor premier
chief-minister footballer cricketer
`);

/** Honorifics and abbreviated titles written before a name. */
export const NAME_TITLES = words(`
sen sen. rep rep. gov gov. gen gen. col col. lt lt. sgt sgt. capt capt. cmdr cmdr. adm adm. maj maj. rev rev. hon hon.
det det. insp insp. supt supt. ch ch. dci dsi dci. pc
judge justice president senator governor mayor minister secretary chancellor king queen prince princess pope coach
rabbi imam sheikh emir commodore brigadier
`);

/** Courtesy titles: they give a gender, not a role. */
export const HONORIFICS = words("mr mrs ms mx dr prof sir dame lord lady");

/** Titles of nobility and monarchy that, with "of" and a place, name a person: "the Duchess of Kendal". */
export const PEERAGE_TITLES = new Map<string, Gender>([
  ...[...words("duke prince king earl baron marquess viscount emir sultan sheikh")].map(
    (title) => [title, "male"] as const,
  ),
  ...[...words("duchess princess queen countess baroness marchioness viscountess sheikha")].map(
    (title) => [title, "female"] as const,
  ),
]);

export const MALE_TITLES = words(
  "mr mr. sir lord king prince spokesman chairman congressman father brother son husband emperor emir sheikh pope",
);
export const FEMALE_TITLES = words(
  "mrs mrs. ms ms. dame lady queen princess spokeswoman chairwoman congresswoman mother sister daughter wife widow actress",
);

/** Words that may stand in a role before its head noun ("former deputy foreign"). */
export const ROLE_MODIFIERS = words(`
former ex- acting interim deputy vice senior junior chief top prime general federal national state regional local
executive managing assistant associate defence defense interior foreign finance health justice affairs economy economic
trade education labour labor energy environment environmental press communications security presidential military
permanent special high-ranking ranking longtime long-time veteran retired outgoing incoming current then new
principal lead head supreme constitutional district appeals circuit high central first second elected attorney
public private independent political legal medical scientific technical sports team club party opposition ruling
of for the at and to
`);

/** Nouns that make a phrase an organization ("the ministry", "Ministry of Defence"). */
export const ORG_NOUNS = words(`
ministry department office agency administration government cabinet council committee commission parliament congress
senate assembly court tribunal bank fund reserve institute institution university college school hospital clinic
company corporation corp corp. inc inc. ltd ltd. plc llc group holdings firm business bureau authority service services
police army navy force forces military party union federation association league club team society foundation trust
organization organisation alliance coalition bloc network channel newspaper agency embassy consulate mission kremlin
pentagon commission board centre center lab laboratory regulator watchdog airline airlines railway motors bancorp
exchange secretariat directorate presidency junta municipality city-council state-department united city fc
rovers athletic wanderers albion hotspur county systems technologies industries partners capital labs software
pharmaceuticals biologics therapeutics airways air energy media entertainment foods brands networks solutions ventures
securities investments associates enterprises communications petroleum mining pharma biotech bio utilities
genomics robotics logistics shipping insurance telecom motor automotive steel chemicals museum gallery library zoo
theatre theater orchestra iron metals minerals resources
`);

/** Nominal heads that refer back to an organization ("the company said"). */
export const ORG_HEADS = words(`
ministry department agency government administration cabinet council committee commission court bank company
firm group club team alliance bloc kremlin organization organisation union federation association party regulator
authority authorities office embassy police army military coalition institute university board operator
carmaker automaker maker manufacturer retailer lender insurer district trust charity hospital newspaper network
organizers organisers utility airline school college force exchange broker bourse
`);

/** Nouns that make a capitalized name a place ("Ohio River", "Kent county"). */
export const PLACE_NOUNS = words(`
river rivers sea lake lakes mountain mountains valley island islands province provinces region regions village
villages town towns county counties coast peninsula desert basin bay gulf strait canal harbor harbour airport
street avenue square park mount mt cape creek reservoir glacier forest ridge highway
`);

/** Plural nouns naming groups of unnamed people who speak ("officials said"). */
export const GROUP_NOUNS = words(`
officials analysts experts sources critics residents witnesses investors economists lawmakers diplomats scientists
researchers doctors protesters activists observers authorities prosecutors investigators officers spokespeople
leaders ministers members supporters opponents fans players people voters citizens workers employees executives
groups campaigners organisations organizations parties unions charities families
`);

export const PERSON_PRONOUNS = new Map<string, "male" | "female" | "plural" | "neuter">([
  ["he", "male"],
  ["she", "female"],
  ["they", "plural"],
  ["it", "neuter"],
]);

/** Nouns for what someone said: "Those were the words of X", "His verdict was simple: “…”". */
export const SPEECH_NOUNS =
  /^(?:words|remarks|comments|comment|message|verdict|warning|assessment|reaction|response|statement|view|quote|plea|admission|confession|promise|pledge|prediction|complaint|criticism|claim|boast|description|summary|appeal|speaker)$/;

/** Things written that speak for whoever wrote or issued them: "the statement said", "a letter issued by X said". */
export const DOCUMENT_NOUNS =
  /^(?:statement|letter|note|post|message|email|release|notice|filing|ruling|tweet|report)$/;

/** Particles inside personal names ("Ursula von der Leyen", "Mohammed bin Salman"). */
export const NAME_PARTICLES = words(
  "de del della der den di da das do dos du la le van von ter ten bin ibn al el y zu st st.",
);

/** Capitalized words that begin sentences or headings but never names. */
export const NOT_NAMES = words(`
one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen
nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand dozens
the a an this that these those it he she they we i you his her their its our my your in on at by for from with
without after before during since until as while when where if but and or so yet however meanwhile moreover
furthermore also still then now today yesterday tomorrow tonight earlier later last next according despite although
though because some many most all both each every several few other another such no not only even just there here
what who whom whose why how which whether instead indeed nevertheless nonetheless thus therefore hence overall
finally first second third asked speaking under over into about against between among amid amidst toward towards
per via following regarding concerning unlike like once whereas do does did is are was were has have had will would
can could should may might must shall let please yes mr mrs ms dr monday tuesday wednesday thursday friday saturday
sunday january february march april may june july august september october november december jan feb mar apr jun
jul aug sep sept oct nov dec outside inside across behind beyond around near within throughout upon above below
beneath along alongside through past again already always often soon afterwards perhaps nearly almost rather
`);

/** Countries by every name, in lower case: "Statistics Canada" is a national body, not a person. */
export const COUNTRY_NAMES = new Set(
  COUNTRIES.flatMap((row) => [row.name, ...row.otherNames]).map((name) => name.toLowerCase()),
);

/** Places that stand for a government when they speak: countries, regions
 * and seats of government from the gazetteer, plus cities news uses alike. */
export const PLACES = new Set([
  ...PLACE_ROWS.flatMap((row) => [row.name, ...row.otherNames, ...row.seats]).map((name) => name.toLowerCase()),
  ...words(`europe america africa asia new york london paris berlin brussels geneva washington beijing tokyo moscow kyiv
  kiev westminster whitehall wall street`),
  ...SUBNATIONAL_REGIONS.map((name) => name.toLowerCase()),
]);

/** Nationality adjectives, which start roles ("Russian foreign minister") but never name a speaker. */
export const DEMONYMS = new Set([
  ...PLACE_ROWS.flatMap((row) => row.demonyms).map((name) => name.toLowerCase()),
  ...words(
    "western eastern northern southern soviet african asian arab latin nordic baltic balkan european american british english",
  ),
]);

/** Heads of sources unnamed by design ("a source close to …", "people familiar with …"): never
 * named later, and placed by an organization rather than speaking for it. */
export const ANONYMOUS_SOURCE_HEADS = words("source sources insider insiders person persons people");

/** Heads of an unnamed person who speaks for an organization, not for themself. */
export const SPOKESPEOPLE = new Set(["spokesperson", "spokesman", "spokeswoman", "representative"]);
