import { ORG_NOUNS } from "./lexicon";

/**
 * What the press calls people and bodies after naming them: the generic heads
 * that refer to an organization ("the company", "the agency"), the words a
 * body's name uses for its trade, and the roles a description can stand for
 * ("the governor" for "Gov. X", "the prosecutor" for a district attorney).
 */

// Heads general enough to mean whichever organization the article is about.
export const GENERIC_ORG_HEADS = new Set([
  "company",
  "club",
  "team",
  "firm",
  "group",
  "organization",
  "organisation",
  "side",
  "business",
  "carmaker",
  "automaker",
  "maker",
  "operator",
  "lender",
  "insurer",
  "retailer",
  "agency",
  "body",
  "regulator",
  "watchdog",
  "utility",
  "airline",
  "exchange",
]);
export const COMPANY_HEADS = new Set([
  "exchange",
  "company",
  "firm",
  "business",
  "carmaker",
  "automaker",
  "maker",
  "lender",
  "insurer",
  "retailer",
  "utility",
  "airline",
  "operator",
]);
// Institutions that are not companies, whatever else they are: "the utility" is not Halvorsen High School.
export const INSTITUTION_WORDS = new Set([
  "school",
  "college",
  "university",
  "hospital",
  "museum",
  "church",
  "union",
  "party",
  "institute",
  "foundation",
  "charity",
  "association",
  "federation",
]);
export const PUBLIC_BODY_WORDS = new Set([
  "commission",
  "ministry",
  "department",
  "agency",
  "court",
  "council",
  "administration",
  "authority",
  "government",
  "parliament",
  "regulator",
  "board",
  "bureau",
  "office",
  "police",
  "laboratory",
  "lab",
  "inspectorate",
  "tribunal",
  "commissioner",
]);
// "the agency" is a public body of this kind, or one whose name says no kind (Statistics Canada),
// never a bank, a council, a court or a company.
export const AGENCY_HEADS = new Set(["agency", "regulator", "watchdog"]);
const AGENCY_WORDS = new Set([
  "agency",
  "authority",
  "bureau",
  "office",
  "service",
  "administration",
  "commission",
  "inspectorate",
  "regulator",
  "board",
]);
export const OTHER_KIND_WORDS = new Set([...ORG_NOUNS].filter((word) => !AGENCY_WORDS.has(word)));

// "the CEO" is the person an article called its chief executive.
const ROLE_SPELLED_OUT: Record<string, string[]> = {
  ceo: ["chief executive"],
  cfo: ["chief financial officer", "finance director", "finance chief"],
  coo: ["chief operating officer"],
  cto: ["chief technology officer"],
  mp: ["member of parliament"],
  chief: ["chief executive", "head"],
  // "Mrs Justice Okereke … the judge said"; "Chief Justice X … the judge".
  judge: ["justice"],
  prosecutor: ["district attorney", "state's attorney", "state attorney", "attorney general", "crown counsel"],
  monarch: ["ruler", "king", "queen", "oba", "emir", "sultan"],
  footballer: ["striker", "midfielder", "defender", "goalkeeper", "forward", "winger", "player", "captain"],
  fm: ["finance minister"],
  pm: ["prime minister"],
};
// "Gov. Dale Whitaker … the governor said": titles written short, as a word of the role.
const TITLE_ABBREVIATIONS: Record<string, string> = {
  governor: "gov",
  senator: "sen",
  representative: "rep",
  congressman: "rep",
  congresswoman: "rep",
  general: "gen",
  professor: "prof",
  superintendent: "supt",
  inspector: "insp",
  detective: "det",
  sergeant: "sgt",
  captain: "capt",
  lieutenant: "lt",
  colonel: "col",
  commander: "cmdr",
  admiral: "adm",
  reverend: "rev",
};
const ROLE_WORD_BREAK = /[\s.]+/;

/** Whether a role, as written, holds the head noun or its spelled-out or abbreviated forms. */
export function roleNames(role: string, head: string): boolean {
  const lower = role.toLowerCase();
  if (lower.includes(head) || (ROLE_SPELLED_OUT[head] ?? []).some((name) => lower.includes(name))) return true;
  const abbreviation = TITLE_ABBREVIATIONS[head];
  return abbreviation !== undefined && lower.split(ROLE_WORD_BREAK).includes(abbreviation);
}

// "the airline" for Starling Air, "the utility" for Cascadia Power, "the force" for Wessex Police:
// words a body's name uses for what the press calls it.
export const NAME_WORDS_OF_HEAD: Record<string, string[]> = {
  airline: ["air", "airlines", "airways"],
  carmaker: ["motors", "motor", "automotive"],
  automaker: ["motors", "motor", "automotive"],
  utility: ["power", "energy", "electric", "utilities", "water"],
  insurer: ["insurance", "assurance"],
  lender: ["bank", "bancorp", "finance"],
  retailer: ["stores", "retail"],
  force: ["police", "constabulary"],
  club: ["fc", "united", "rovers", "athletic", "wanderers", "albion", "hotspur"],
};
