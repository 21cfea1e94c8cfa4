import type { EntityMention } from "./topics";
import { COMMON_VERBS } from "./claim-clauses";
import { NEGATORS, STOP_WORDS, stem } from "./stem";
import { memoizeByString } from "./memoize";
import { LETTER } from "./word-tokens";

/**
 * A claim's signature: the sorted set of its content stems, entity mentions
 * as "@" + entity key ("@nato"), and its main predicate marked "!" ("!war" in
 * "NATO is at war with Russia", "!suppli" in "NATO supplies weapons").
 */

const WORD = new RegExp(`[${LETTER}]+(?:['’][${LETTER}]+)?`, "g");
// When something happens is not what is claimed about it.
const TIME_WORDS = new Set(
  (
    "today yesterday tomorrow now next last year years month months week weeks day days monday tuesday " +
    "wednesday thursday friday saturday sunday"
  ).split(" "),
);
const AUXILIARIES = new Set([
  "is",
  "are",
  "was",
  "were",
  "be",
  "been",
  "being",
  "am",
  "has",
  "have",
  "had",
  "do",
  "does",
  "did",
  "will",
  "would",
  "shall",
  "should",
  "can",
  "could",
  "may",
  "might",
  "must",
  "cannot",
]);
// "is set to raise", "are going to cut": the predicate is the verb after "to".
const SEMI_MODALS = new Set([
  "set",
  "going",
  "expected",
  "likely",
  "about",
  "due",
  "able",
  "ready",
  "poised",
  "bound",
  "unlikely",
  "continu",
  "tri",
]);
const CONTRACTED_NEGATION = /n['’]t$/i;
const CONTRACTION_SUFFIX = /['’](?:s|re|ve|ll|d|m)$/i;

type Term = { term: string; kind: "entity" | "auxiliary" | "content" | "function" };

function classifyWord(raw: string): Term {
  const hasApostrophe = raw.includes("'") || raw.includes("’");
  // "isn't", "won't": an auxiliary carrying a negation.
  if (hasApostrophe && CONTRACTED_NEGATION.test(raw)) return { term: raw.toLowerCase(), kind: "auxiliary" };
  const lower = raw.toLowerCase();
  const word = hasApostrophe ? lower.replace(CONTRACTION_SUFFIX, "") : lower;
  if (AUXILIARIES.has(word)) return { term: word, kind: "auxiliary" };
  if (!word || STOP_WORDS.has(word) || NEGATORS.has(word) || TIME_WORDS.has(word))
    return { term: word, kind: "function" };
  return { term: stem(word), kind: "content" };
}

/** The term a word is; terms are never changed once made, so one object serves every use. */
const termOfWord = memoizeByString(classifyWord);

function addWordTerms(terms: Term[], segment: string): void {
  for (const raw of segment.match(WORD) ?? []) terms.push(termOfWord(raw));
}

function termsInOrder(text: string, mentions: EntityMention[]): Term[] {
  const terms: Term[] = [];
  let cursor = 0;
  for (const mention of mentions) {
    addWordTerms(terms, text.slice(cursor, mention.start));
    terms.push({ term: `@${mention.key}`, kind: "entity" });
    cursor = mention.end;
  }
  addWordTerms(terms, text.slice(cursor));
  return terms;
}

/** The first verb after the subject; after an auxiliary, the word it governs. */
function mainPredicate(terms: Term[]): string | null {
  const firstContent = terms.findIndex((term) => term.kind === "content" || term.kind === "entity");
  for (let index = Math.max(firstContent, 0); index < terms.length; index++) {
    const term = terms[index];
    if (!term) continue;
    if (term.kind === "auxiliary") {
      const governed = terms
        .slice(index + 1)
        .find((next) => next.kind !== "function" && next.kind !== "auxiliary" && !SEMI_MODALS.has(next.term));
      if (governed) return governed.term;
    }
    if (index > firstContent && term.kind === "content" && COMMON_VERBS.has(term.term)) return term.term;
  }
  return terms.find((term, index) => index > firstContent && term.kind === "content")?.term ?? null;
}

export function claimSignature(text: string, mentions: EntityMention[]): string[] {
  const terms = termsInOrder(text, mentions);
  const predicate = mainPredicate(terms);
  const signature = new Set<string>();
  for (const { term, kind } of terms) {
    if (kind === "entity" || kind === "content") signature.add(term === predicate ? `!${term}` : term);
  }
  return [...signature].sort();
}
