import { memoizeByString } from "./memoize";

/**
 * A light English stemmer: enough to make "supplies", "supplied" and "supply"
 * one key, and "waging", "waged" and "wage" another. It over-stems on purpose
 * (final "e" goes) because its keys are compared, never shown.
 */

const IRREGULAR_FORMS: Record<string, string> = {
  said: "say",
  says: "say",
  went: "go",
  gone: "go",
  goes: "go",
  made: "make",
  took: "take",
  taken: "take",
  gave: "give",
  given: "give",
  won: "win",
  lost: "lose",
  began: "begin",
  begun: "begin",
  brought: "bring",
  bought: "buy",
  sought: "seek",
  thought: "think",
  told: "tell",
  knew: "know",
  known: "know",
  saw: "see",
  seen: "see",
  came: "come",
  became: "become",
  held: "hold",
  kept: "keep",
  left: "leave",
  led: "lead",
  met: "meet",
  paid: "pay",
  sold: "sell",
  sent: "send",
  spent: "spend",
  stood: "stand",
  fell: "fall",
  fallen: "fall",
  rose: "rise",
  risen: "rise",
  grew: "grow",
  grown: "grow",
  wrote: "write",
  written: "write",
  chose: "choose",
  chosen: "choose",
  fought: "fight",
  struck: "strike",
  meant: "mean",
  felt: "feel",
  found: "find",
  built: "build",
  children: "child",
  men: "man",
  women: "woman",
  people: "people",
  countries: "country",
  forces: "force",
  better: "good",
  best: "good",
  worse: "bad",
  worst: "bad",
};

// Function words, auxiliaries and pronouns: they carry no proposition. Negators
// are not here on purpose: polarity is handled apart, then they are removed.
export const STOP_WORDS = new Set(
  (
    "a an the and or but nor so yet if then than that this these those there here it its " +
    "is are was were be been being am has have had having do does did doing will would " +
    "shall should can could may might must of in on at to for from by with about as into " +
    "onto over under between through during before after above below up down out off " +
    "again further once all any both each few more most other some such only own same " +
    "too very just also even still already ever i me my we us our you your he him his she " +
    "her they them their what which who whom whose when where why how whether while " +
    "because although though unless until since against among within without upon " +
    "s t ll ve re d m one ones thing things something anything everything nothing's " +
    "really quite rather simply merely actually indeed certainly clearly surely " +
    "obviously undeniably unquestionably definitely absolutely truly well"
  ).split(" "),
);

export const NEGATORS = new Set([
  "not",
  "no",
  "never",
  "nobody",
  "nothing",
  "none",
  "neither",
  "nor",
  "nowhere",
  "cannot",
]);

const CONSONANT_DOUBLING = /([bdfgklmnprtvz])\1$/;

function stripSuffix(word: string): string {
  if (word.length <= 3) return word;
  if (word.endsWith("ies") && word.length > 4) return word.slice(0, -3) + "i";
  if (/(ss|us|is|ous)$/.test(word)) return word;
  if (/(ches|shes|sses|xes|zes)$/.test(word)) return word.slice(0, -2);
  if (word.endsWith("ments") && word.length > 8) return word.slice(0, -5);
  if (word.endsWith("ment") && word.length > 7) return word.slice(0, -4);
  if (word.endsWith("ing") && word.length > 5) return undouble(word.slice(0, -3));
  if (word.endsWith("ied") && word.length > 4) return word.slice(0, -3) + "i";
  if (word.endsWith("ed") && word.length > 4) return undouble(word.slice(0, -2));
  if (word.endsWith("s") && !word.endsWith("ss")) return word.slice(0, -1);
  return word;
}

function undouble(word: string): string {
  return CONSONANT_DOUBLING.test(word) ? word.slice(0, -1) : word;
}

const stemOf = memoizeByString((word: string): string => {
  const lower = word.toLowerCase();
  return finalize(IRREGULAR_FORMS[lower] ?? stripSuffix(lower));
});

export function stem(word: string): string {
  return stemOf(word);
}

function finalize(word: string): string {
  let result = word;
  if (result.length > 3 && result.endsWith("y")) result = result.slice(0, -1) + "i";
  if (result.length > 3 && result.endsWith("e")) result = result.slice(0, -1);
  return result;
}
