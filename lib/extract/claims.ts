import type { ExtractedClaim, QuoteKind } from "./types";
import { assertedClauses, withoutNegation } from "./claim-clauses";
import { claimSignature } from "./claim-signature";
import { findEntityMentions, type EntityLexicon, type EntityMention } from "./topics";

/**
 * Claims: the propositions quotes assert, worded canonically and signed by
 * their content so that paraphrases across quotes and articles meet.
 *
 * Similarity weighs apart who a claim is about (entities, "@nato"), what it
 * predicates of them (the main predicate, "!war") and its other words.
 */

export const MAX_CLAIMS_PER_QUOTE = 3;
/** Tuned on paraphrase / non-paraphrase pairs in claims.test.ts. */
export const CLAIM_MATCH_THRESHOLD = 0.65;
const ENTITY_WEIGHT = 0.3;
const PREDICATE_WEIGHT = 0.3;
const WORD_WEIGHT = 0.4;
const MIN_CONTENT_TERMS = 2;

// The object of "accused X of doing": a short noun phrase, "of", a gerund.
const ACCUSED_OF = /^\s*((?:\S+\s+){0,5}?\S+)\s+of\s+(?:being\s+(.+)|((?:\p{Ll}+ly\s+)?\p{Ll}+ing\b.*))$/su;
const HAS_OF = /\sof\s/;
const REPEATED_ACRONYM = /^\s*\((\p{Lu}[\p{Lu}\p{N}&.+-]*)\)/u;
const POSSESSIVE_DETERMINER = /\b(?:our|its|their|my|your|his|her)\s+$/i;

const STARTS_LOWER_CASE = /^\p{Ll}/u;
const ENDS_IN_PLURAL_NOUN = /(?:^|\s)\p{Ll}+[^s\s]s$/u;

/** Entity aliases replaced by canonical names ("the alliance" → "NATO"); demonyms stay. */
function canonicalWording(text: string, mentions: EntityMention[]): string {
  let result = "";
  let cursor = 0;
  for (const mention of mentions) {
    if (mention.isAdjectival || mention.kind === "place" || mention.start < cursor) continue;
    const before = text.slice(cursor, mention.start);
    const determiner = STARTS_LOWER_CASE.test(mention.surface) ? POSSESSIVE_DETERMINER.exec(before) : null;
    result += determiner ? before.slice(0, determiner.index) : before;
    result += mention.name;
    cursor = mention.end;
    // "the North Atlantic Treaty Organization (NATO)" would become "NATO (NATO)".
    const repeated = REPEATED_ACRONYM.exec(text.slice(cursor));
    if (repeated && mention.name.includes(repeated[1] ?? "")) cursor += repeated[0].length;
  }
  result += text.slice(cursor);
  return result.charAt(0).toUpperCase() + result.slice(1);
}

/** A reported clause as a sentence: "that X" → "X"; "NATO of being involved" (after "accused") → "NATO is involved". */
function asSentence(quoteText: string): string {
  const clause = quoteText.replace(/^\s*that\s+/i, "");
  // The accusation pattern is slow to fail; it needs " of " somewhere.
  const accusation = HAS_OF.test(clause) ? ACCUSED_OF.exec(clause) : null;
  if (!accusation) return clause;
  const [, subject = "", complement, gerund] = accusation;
  const rest = complement ?? gerund ?? "";
  // "the allies of ..." are; "the United States of ..." and "NATO of ..." are one actor.
  const isPlural = ENDS_IN_PLURAL_NOUN.test(subject);
  return `${subject} ${isPlural ? "are" : "is"} ${rest}`;
}

/** Where a clause stands in the body, when the quote at `at` holds it word for word. */
function offsetInBody(quoteText: string, clauseText: string, at: number | undefined): number | undefined {
  if (at === undefined) return undefined;
  const index = quoteText.indexOf(clauseText);
  return index < 0 ? undefined : at + index;
}

/** `at`: where the quote stands in the lexicon's body, so that clauses it
 * holds word for word are read from the body's tokens. */
export function extractClaims(
  quoteText: string,
  kind: QuoteKind,
  lexicon: EntityLexicon,
  at?: number,
): ExtractedClaim[] {
  const text = kind === "direct" ? quoteText : asSentence(quoteText);
  const claims: ExtractedClaim[] = [];
  const seen = new Set<string>();
  for (const clause of assertedClauses(text)) {
    const mentions = findEntityMentions(clause.text, lexicon, offsetInBody(quoteText, clause.text, at));
    const positive = withoutNegation(clause.text);
    const positiveMentions = positive === clause.text ? mentions : findEntityMentions(positive, lexicon);
    const signatureTerms = claimSignature(positive, positiveMentions);
    if (signatureTerms.length < MIN_CONTENT_TERMS) continue;
    const signature = signatureTerms.join(" ");
    const key = `${clause.isNegated}|${signature}`;
    if (seen.has(key)) continue;
    seen.add(key);
    claims.push({ text: canonicalWording(clause.text, mentions), signature, isNegated: clause.isNegated });
    if (claims.length === MAX_CLAIMS_PER_QUOTE) break;
  }
  return claims;
}

function overlap(a: string[], b: string[], whenBothEmpty: number): { jaccard: number; containment: number } {
  if (!a.length && !b.length) return { jaccard: whenBothEmpty, containment: whenBothEmpty };
  const setB = new Set(b);
  const shared = a.filter((term) => setB.has(term)).length;
  const union = a.length + b.length - shared;
  return { jaccard: union ? shared / union : 0, containment: shared / Math.max(1, Math.min(a.length, b.length)) };
}

type SignatureParts = { entities: string[]; words: string[]; predicate: string | null };

function partsOf(signature: string): SignatureParts {
  const parts: SignatureParts = { entities: [], words: [], predicate: null };
  for (const term of signature.split(" ")) {
    if (!term) continue;
    const plain = term.replace(/^!/, "");
    if (term.startsWith("!")) parts.predicate = plain;
    if (plain.startsWith("@")) parts.entities.push(plain);
    else parts.words.push(plain);
  }
  return parts;
}

/** Half for each side whose predicate the other claim also says (any role). */
function predicateAgreement(a: SignatureParts, b: SignatureParts): number {
  const says = (parts: SignatureParts, term: string) => parts.words.includes(term) || parts.entities.includes(term);
  return (a.predicate && says(b, a.predicate) ? 0.5 : 0) + (b.predicate && says(a, b.predicate) ? 0.5 : 0);
}

/** 0..1: how surely two claims assert the same proposition. Opposite polarity is 0. */
export function claimSimilarity(a: ExtractedClaim, b: ExtractedClaim): number {
  if (a.isNegated !== b.isNegated) return 0;
  const partsA = partsOf(a.signature);
  const partsB = partsOf(b.signature);
  const entities = overlap(partsA.entities, partsB.entities, 0.25);
  const words = overlap(partsA.words, partsB.words, 0);
  // Jaccard and containment both count, so a shorter paraphrase still meets a longer one.
  return (
    ENTITY_WEIGHT * entities.jaccard +
    PREDICATE_WEIGHT * predicateAgreement(partsA, partsB) +
    WORD_WEIGHT * ((words.jaccard + words.containment) / 2)
  );
}
