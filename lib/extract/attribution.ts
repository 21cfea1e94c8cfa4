import {
  contentAfter,
  isClauseSubject,
  isInSubordinateClause,
  skipBackOverAdverbs,
  speakerPhraseAfter,
  subjectBefore,
  verbAt,
} from "./clauses";
import { cueText, directFinding, tokenAt, type QuoteFinding, type SentenceView, type SpeakerRef } from "./findings";
import { DOCUMENT_NOUNS } from "./lexicon";
import type { Mention } from "./mentions";
import type { QuoteSpan } from "./quotations";
import type { Token } from "./tokens";

/**
 * Direct quotes and who said them, from the attribution clause in the quote's
 * own sentence: after it (“…,” X said / said X), before it (X said: “…”), or
 * shared with the quote before (“A,” she said, “B.”). Quotes with no clause of
 * their own are left for `attachOrphans`.
 */

// Long enough for a name with its apposition: "“…,” Tan Wei Ming, director-general of the … (CAAS), told".
const MAX_TRAILING_WORDS = 24;
const MAX_LEADING_GAP = 10;
const POSSESSIVE_DETERMINERS = /^(?:his|her|its|their|our|my|your)$/;

export type DirectResult = {
  findings: QuoteFinding[];
  /** Speech quotes with no attribution clause in their sentence. */
  orphans: QuoteSpan[];
  /** Reporting verbs already used, token indexes by sentence index, so reported speech skips them. */
  usedVerbs: Map<number, Set<number>>;
  /** Subjects of reporting clauses per sentence, for participles ("…, adding that"). */
  clauseSubjects: Map<number, SpeakerRef>;
};

/** `isShared`: the verb also reports its own content ("he insisted that …: “…”").
 * `isAnyVerb`: not a reporting verb, only a subject and a colon ("he grinned: “…”"). */
type Clause = {
  verb: number;
  particle: boolean;
  speaker: Mention | null;
  lemma: string;
  isShared?: boolean;
  isAnyVerb?: boolean;
  /** The subject is a document ("the statement said"), which speaks for its author. */
  isDocument?: boolean;
};

const AUXILIARIES = /^(?:had|has|have|was|were|is|are|would|will|could|can|should|did|does|do|might|may)$/;

/** A noun of a few words and then an auxiliary: "firm had been", "own staff were". */
function opensFiniteClause(tokens: Token[], from: number): boolean {
  for (let k = from; k < from + 3 && tokens[k]?.isWord; k++)
    if (AUXILIARIES.test(tokens[k + 1]?.lower ?? "")) return true;
  return false;
}

/** “…,” X said / “…,” said X: the clause right after the closing mark. */
function trailingClause(view: SentenceView, from: number, to: number): Clause | null {
  const { tokens, mentions } = view;
  let k = from;
  while (k < to && (tokens[k]?.text === "," || tokens[k]?.text === "—")) k++;
  const limit = Math.min(to, k + MAX_TRAILING_WORDS);
  for (let v = k; v < limit; v++) {
    const t = tokens[v] as Token;
    if (t.text === "." || t.text === ";" || t.text === '"' || t.text === "?" || t.text === "!") return null;
    const verb = verbAt(tokens, v);
    if (!verb) continue;
    if (v === k) {
      // "“…,” said his firm had …": a possessive opening a clause is content, not a speaker ("said his agent, X").
      if (POSSESSIVE_DETERMINERS.test(tokens[v + 1]?.lower ?? "") && opensFiniteClause(tokens, v + 2)) return null;
      // The speaker's phrase opens right after the verb.
      const phrase = speakerPhraseAfter(tokens, mentions, v + 1, to);
      return phrase && phrase.start <= v + 2
        ? { verb: v, particle: verb.particle !== null, speaker: phrase.mention, lemma: verb.lemma }
        : null;
    }
    const subject = subjectBefore(tokens, mentions, v);
    if (subject && subject.first <= k + 1 && subject.first >= k)
      return { verb: v, particle: verb.particle !== null, speaker: subject, lemma: verb.lemma };
    // "…,” the statement read.", "…,” the statement said.": the document speaks for its
    // author, found by authorOfDocument.
    if (v - k <= 2 && DOCUMENT_NOUNS.test(tokens[v - 1]?.lower ?? ""))
      return { verb: v, particle: false, speaker: null, lemma: verb.lemma, isDocument: true };
    return null;
  }
  return null;
}

/** X said: “…” / He added, “…”: a clause ending in a colon or comma right
 * before the opening mark; or any reporting clause earlier in the sentence
 * when a colon leads into the quote ("he insisted that …: “…”"). */
function leadingClause(view: SentenceView, from: number, before: number): Clause | null {
  const { tokens, mentions } = view;
  const close = closeLeadingClause(view, from, before);
  if (close || tokens[before - 1]?.text !== ":") return close;
  for (let v = before - 2; v >= from; v--) {
    const verb = verbAt(tokens, v);
    const speaker = verb ? subjectBefore(tokens, mentions, v) : null;
    if (verb && speaker)
      return { verb: v, particle: verb.particle !== null, speaker, lemma: verb.lemma, isShared: true };
  }
  return subjectBeforeColon(view, from, before - 1);
}

/** "he grinned: “…”", "Oduya summed up the mood: “…”": any verb leading
 * into a quote through a colon makes its clause's subject the speaker. */
function subjectBeforeColon(view: SentenceView, from: number, colon: number): Clause | null {
  const { tokens, mentions } = view;
  // The main clause's subject: the first one, not an object ("Ames put it bluntly:") or a subordinate's.
  const subject = mentions.find(
    (m) =>
      !m.isEmbedded &&
      m.first >= from &&
      m.next < colon &&
      m.kind !== "place" &&
      isClauseSubject(tokens, m) &&
      !isInSubordinateClause(tokens, m),
  );
  // "His verdict on the flyby was simple: “…”": the possessor of the words that follow.
  const owner = subject ? null : mentions.find((m) => m.isPossessor && m.form === "pronoun" && m.first === from);
  if (owner) return { verb: owner.next, particle: false, speaker: owner, lemma: "", isAnyVerb: true };
  if (!subject) return null;
  const verb = tokens[subject.next];
  return { verb: subject.next, particle: false, speaker: subject, lemma: verb?.lower ?? "", isAnyVerb: true };
}

function closeLeadingClause(view: SentenceView, from: number, before: number): Clause | null {
  const { tokens, mentions } = view;
  for (let v = before - 1; v >= Math.max(from, before - MAX_LEADING_GAP); v--) {
    const verb = verbAt(tokens, v);
    if (!verb) continue;
    const content = contentAfter(tokens, v, verb, before + 1);
    if (!content?.introducesQuote || content.index !== before) return null;
    const speaker = subjectBefore(tokens, mentions, v);
    // With no subject the verb must open the sentence ("In the same speech, added: …").
    const j = skipBackOverAdverbs(tokens, v);
    const opensSentence = j < from || (tokens[j]?.text === "," && !mentions.some((m) => m.first >= from && m.last < j));
    if (!speaker && !opensSentence) return null;
    return { verb: v, particle: verb.particle !== null, speaker, lemma: verb.lemma };
  }
  return null;
}

/** "…,” it read.": a statement or letter speaks for whoever the sentence
 * before made its subject. */
function authorOfDocument(clause: Clause, previous: SentenceView | undefined): Mention | null {
  if ((clause.lemma !== "read" && !clause.isDocument) || !previous) return clause.speaker;
  return previous.mentions.find((m) => m.form !== "pronoun" && isClauseSubject(previous.tokens, m)) ?? clause.speaker;
}

/** Speech quotes of one sentence, attributed from clauses inside the sentence. */
function attributeSentence(
  view: SentenceView,
  previousView: SentenceView | undefined,
  spans: QuoteSpan[],
  result: DirectResult,
): void {
  const { tokens } = view;
  // The quote before in this sentence, and the token where its trailing clause ends.
  let previous: { finding: QuoteFinding; verb: number; clauseEnd: number } | null = null;
  let previousClose = 0;
  spans.forEach((span, n) => {
    const next = spans[n + 1];
    const openToken = tokenAt(tokens, span.open);
    const afterClose = tokenAt(tokens, span.hasCloseMark ? span.close + 1 : span.end);
    const nextOpen = next ? tokenAt(tokens, next.open) : tokens.length;
    const trailing = trailingClause(view, afterClose, nextOpen);
    const leading = trailing ? null : leadingClause(view, previousClose, openToken);
    previousClose = afterClose;
    // “A,” she said, “B.”: the clause between two quotes serves both.
    const onlyCommaBetween =
      previous !== null && tokens[openToken - 1]?.text === "," && previous.clauseEnd === openToken - 2;
    if (previous && (onlyCommaBetween || leading?.verb === previous.verb)) {
      const found = directFinding(span, view, "direct.split", 0.9, previous.finding.cue, {
        kind: "same-as",
        finding: previous.finding,
      });
      result.findings.push(found);
      return;
    }
    const clause = trailing ?? leading;
    if (!clause) {
      result.orphans.push(span);
      previous = null;
      return;
    }
    if (!clause.isShared) {
      const used = result.usedVerbs.get(view.sentence.index) ?? new Set<number>();
      result.usedVerbs.set(view.sentence.index, used.add(clause.verb));
    }
    const speakerMention = authorOfDocument(clause, previousView);
    const speaker: SpeakerRef = speakerMention ? { kind: "mention", mention: speakerMention } : { kind: "previous" };
    const confidence = clause.isAnyVerb
      ? 0.75
      : speakerMention
        ? speakerMention.form === "pronoun"
          ? 0.85
          : 0.95
        : 0.5;
    const rule = trailing
      ? "direct.quote-then-speaker"
      : clause.isAnyVerb
        ? "direct.colon-any-verb"
        : "direct.colon-intro";
    const found = directFinding(span, view, rule, confidence, cueText(tokens, clause.verb, clause.particle), speaker);
    result.findings.push(found);
    result.clauseSubjects.set(view.sentence.index, speaker);
    const speakerEnd =
      clause.speaker && clause.speaker.first > clause.verb
        ? clause.speaker.next - 1
        : clause.verb + (clause.particle ? 1 : 0);
    previous = trailing
      ? { finding: found, verb: clause.verb, clauseEnd: tokens[speakerEnd]?.text === "," ? speakerEnd - 1 : speakerEnd }
      : null;
  });
}

export function attributeDirectQuotes(views: SentenceView[], speech: QuoteSpan[]): DirectResult {
  const result: DirectResult = { findings: [], orphans: [], usedVerbs: new Map(), clauseSubjects: new Map() };
  let q = 0;
  views.forEach((view, n) => {
    const inSentence: QuoteSpan[] = [];
    while (q < speech.length && (speech[q]?.start ?? 0) < view.sentence.end) {
      const span = speech[q] as QuoteSpan;
      if (span.start >= view.sentence.start) inSentence.push(span);
      q++;
    }
    if (inSentence.length > 0) attributeSentence(view, views[n - 1], inSentence, result);
  });
  return result;
}
