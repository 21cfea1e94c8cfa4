import type { DirectResult } from "./attribution";
import {
  closesQuoteOnComma,
  contentAfter,
  isAdverbial,
  isClauseSubject,
  isSetOffSubject,
  looksLikeClause,
  skipBackOverAdverbs,
  speakerPhraseAfter,
  subjectBefore,
  verbAt,
} from "./clauses";
import { cueText, type QuoteFinding, type SentenceView, type SpeakerRef } from "./findings";
import { invertedClause } from "./inverted";
import { DOCUMENT_NOUNS } from "./lexicon";
import type { Mention } from "./mentions";
import type { QuoteSpan } from "./quotations";
import type { ReportingVerb } from "./reporting-verbs";
import type { Token } from "./tokens";

/**
 * Reported speech: a speaker, a reporting verb and the content it reports
 * ("X warned that …", "accused X of …", "…, said X", "according to X, …").
 * The stored text is the content clause without "that"; it is `mixed` when
 * it holds words in quotation marks.
 */

type Content = { from: number; to: number; rule: string; confidence: number };

const MIN_OBJECT_WORDS = 3;
const MOTION_PREPOSITIONS = /^(?:into|onto|through|across|down|up|off|out|past|toward|towards)$/;
const PREPOSITION_START = /^(?:against|for|of|about|on|in|at|to|with|from|by|over|after|before)$/;
const ANAPHORIC_OBJECT = /^(?:this|that|these|those|it|them|him|her|his|such)$/;

/** "asked not to be named", "declined to be identified": how a source stays
 * anonymous, not something they said. */
function isAnonymityFormula(tokens: Token[], from: number): boolean {
  const words = tokens
    .slice(Math.max(0, from - 1), from + 4)
    .map((t) => t.lower)
    .join(" ");
  return (
    /\b(?:not )?to (?:not )?be (?:named|identified|quoted)\b/.test(words) ||
    /\b(?:her|his|their) names? (?:not )?be (?:used|published|given|identified)\b/.test(words)
  );
}

/** Tokens inside quotation marks, which never hold the reporting verb. */
function quotedTokens(tokens: Token[], spans: QuoteSpan[]): boolean[] {
  const quoted = tokens.map(() => false);
  for (const span of spans) {
    tokens.forEach((t, i) => {
      if (t.start > span.open && t.end <= span.close) quoted[i] = true;
    });
  }
  return quoted;
}

const CONJUNCTIONS = /^(?:and|but|although|though|while|whereas)$/;
const SUBJECT_PRONOUNS = /^(?:he|she|they|it|we)$/;

/** A subject (a pronoun or up to four capitalized words) and a past or present reporting verb. */
function startsReportingClause(tokens: Token[], from: number): boolean {
  let k = from;
  if (SUBJECT_PRONOUNS.test(tokens[k]?.lower ?? "")) k++;
  // "…, and manager Steve Kimber said": a role may stand before the name.
  else while (k < from + 5 && (tokens[k]?.isCap || (k < from + 2 && tokens[k]?.isRoleNoun))) k++;
  const verb = k > from ? verbAt(tokens, k) : null;
  return verb !== null && (verb.form === "past" || verb.form === "third");
}

function isClauseBoundary(tokens: Token[], i: number, endsAtRelative: boolean): boolean {
  const t = tokens[i] as Token;
  const next = tokens[i + 1];
  if (t.text === "," && next) {
    if (next.lower === "according" && tokens[i + 2]?.lower === "to") return true;
    if (next.lower === "while" || next.lower === "whereas") return true;
    if (endsAtRelative && (next.lower === "which" || next.lower === "who")) return true;
    if (verbAt(tokens, i + 1)?.form === "ing") return true;
    // "X, who said A, told analysts B": the main clause's verb after a relative clause.
    const mainVerb = verbAt(tokens, i + 1);
    if (mainVerb && (mainVerb.form === "past" || mainVerb.form === "third") && tokens[i + 2]?.lower !== "by")
      return true;
  }
  // "…, and Gallagher said …", "…, although she said …": another speaker's reporting clause begins.
  if (CONJUNCTIONS.test(t.lower) && tokens[i - 1]?.text === "," && startsReportingClause(tokens, i + 1)) return true;
  if ((t.lower === "and" || t.lower === "but") && next) {
    let j = i + 1;
    while (isAdverbial(tokens[j])) j++;
    const verb = verbAt(tokens, j);
    if (verb && (verb.form === "past" || verb.form === "third")) return true;
    // "… and the Home Secretary warning …": a new subject with its own reporting verb.
    for (let k = i + 2; k <= i + 5 && tokens[k]?.isWord; k++)
      if (verbAt(tokens, k)?.form === "ing" && tokens[i + 1]?.lower === "the") return true;
  }
  // "who described it as “out of date,” said …": a quote closing on a comma, then the main clause's verb.
  if (closesQuoteOnComma(tokens, i - 1)) {
    const mainVerb = verbAt(tokens, i);
    if (mainVerb && (mainVerb.form === "past" || mainVerb.form === "third")) return true;
  }
  return t.text === ":" && next?.text === '"';
}

/** Token index where content starting at `from` ends (exclusive), trailing punctuation dropped. */
function contentEnd(tokens: Token[], from: number, quoted: boolean[], endsAtRelative: boolean): number {
  let end = from;
  while (end < tokens.length && (quoted[end] || !isClauseBoundary(tokens, end, endsAtRelative))) end++;
  while (end > from && /^[.,;:—-]$/.test(tokens[end - 1]?.text ?? "")) end--;
  return end;
}

function contentOf(tokens: Token[], v: number, verb: ReportingVerb, quoted: boolean[]): Content | null {
  const within = (word: string, span: number) => {
    for (let i = v + 1; i <= v + span && i < tokens.length; i++) {
      if (tokens[i]?.lower === word) return true;
      if (!tokens[i]?.isWord && tokens[i]?.text !== "'s" && tokens[i]?.text !== '"') return false;
    }
    return false;
  };
  const at = (from: number, rule: string, confidence: number, endsAtRelative = false): Content => ({
    from,
    to: contentEnd(tokens, from, quoted, endsAtRelative),
    rule,
    confidence,
  });
  if (verb.frames.has("clause") || verb.frames.has("hearer")) {
    const start = contentAfter(tokens, v, verb, tokens.length);
    if (start?.introducesQuote) return null;
    if (start?.hasThat) return at(start.index, "indirect.that-clause", 0.85);
    const opensClause = start && !PREPOSITION_START.test(tokens[start.index]?.lower ?? "");
    const clause = start && opensClause && verb.isStrong ? at(start.index, "indirect.clause", 0.75) : null;
    if (clause && looksLikeClause(tokens, clause.from, clause.to)) return clause;
  }
  const next = tokens[v + 1 + (verb.particle ? 1 : 0)];
  if (verb.frames.has("for") && next?.lower === "for") return at(v + 2, "indirect.call-for", 0.7);
  if (verb.frames.has("against") && next?.lower === "against") return at(v + 1, "indirect.call-for", 0.7);
  if (verb.frames.has("of") && within("of", 8)) return at(v + 1, "indirect.accuse-of", 0.75);
  if (verb.frames.has("as") && within("as", 10)) return at(v + 1, "indirect.describe-as", 0.7);
  // "asked residents in the Level 2 zone west of the highway to …": the hearer may be long.
  if (verb.frames.has("to") && within("to", 12)) return at(v + 1, "indirect.urge-to", 0.65);
  if (
    verb.lemma === "call" &&
    (looksLikeClause(tokens, v + 1, tokens.length) || tokens.slice(v + 1, v + 6).some((t) => t.text === '"'))
  ) {
    return at(v + 1, "indirect.describe-as", 0.65);
  }
  // "slammed the ruling" reports speech; "slammed into the coast" does not.
  const opensObject =
    next?.isWord && !next.isCap && !ANAPHORIC_OBJECT.test(next.lower) && !MOTION_PREPOSITIONS.test(next.lower);
  if (verb.frames.has("object") && opensObject) {
    return at(v + 1 + (verb.particle ? 1 : 0), "indirect.object", 0.6, true);
  }
  return null;
}

const ISSUED = /^(?:issued|released|published|sent|posted|put)$/;

/** "A statement issued by the ministry on Wednesday said …": the document speaks for whoever issued it. */
function documentSubject(view: SentenceView, v: number): SpeakerRef | null {
  const { tokens, mentions } = view;
  const opener = /^(?:a|an|the|its|their|in)$/.test(tokens[0]?.lower ?? "") ? 1 : 0;
  if (!DOCUMENT_NOUNS.test(tokens[opener]?.lower ?? "")) return null;
  const by = ISSUED.test(tokens[opener + 1]?.lower ?? "") && tokens[opener + 2]?.lower === "by" ? opener + 3 : -1;
  const issuer = mentions.find((m) => m.form !== "pronoun" && (m.first === by || m.first === by + 1) && m.next <= v);
  return issuer ? { kind: "mention", mention: issuer } : null;
}

function subjectOf(
  view: SentenceView,
  v: number,
  verb: ReportingVerb,
  lastSubject: SpeakerRef | null,
): SpeakerRef | null {
  const { tokens, mentions } = view;
  // "leading the chairman to warn that …": the infinitive's subject is the object before it.
  if (tokens[v - 1]?.lower === "to" && skipBackOverAdverbs(tokens, v) === v - 1) {
    const controller = mentions.find((m) => !m.isEmbedded && m.next === v - 1 && m.form !== "pronoun");
    return controller ? { kind: "mention", mention: controller } : null;
  }
  const subject = subjectBefore(tokens, mentions, v);
  if (subject) return { kind: "mention", mention: subject };
  const document = documentSubject(view, v);
  if (document) return document;
  const j = skipBackOverAdverbs(tokens, v);
  const before = tokens[j];
  const isCoordinated = before?.lower === "and" || before?.lower === "but";
  if ((isCoordinated || (before?.text === "," && verb.form === "ing")) && lastSubject) return lastSubject;
  // "X declined to comment on Y, but said …": the verb shares the main clause's subject.
  if (isCoordinated && (verb.form === "past" || verb.form === "third")) {
    const main = mentions.findLast(
      (m) => !m.isEmbedded && m.last < j && (isClauseSubject(tokens, m) || isSetOffSubject(tokens, m)),
    );
    if (main) return { kind: "mention", mention: main };
  }
  if (isBarePluralSubject(tokens, j) && verb.isStrong) return { kind: "none" };
  // "The bank left rates unchanged, saying …": the subject of the main clause,
  // not a dateline's outlet or a name inside the clause.
  if (verb.form === "ing" && before?.text === ",") {
    const inParentheses = (m: Mention) => tokens[m.first - 1]?.text === "(" && tokens[m.last + 1]?.text === ")";
    const candidates = mentions.filter((m) => !m.isEmbedded && m.last < v && m.kind !== "place" && !inParentheses(m));
    const first = candidates.find((m) => isClauseSubject(tokens, m)) ?? candidates.find((m) => m.form !== "pronoun");
    return first ? { kind: "mention", mention: first } : null;
  }
  // "In the same speech, accused X of …": an opening adverbial, then the verb with no subject.
  if (
    before?.text === "," &&
    (verb.form === "past" || verb.form === "third") &&
    j <= 6 &&
    !mentions.some((m) => m.last < j)
  ) {
    return { kind: "previous" };
  }
  // "one investor, who declined to be identified, said …": someone the article leaves unnamed.
  const relative = tokens
    .slice(0, j)
    .findIndex((t, k) => t.text === "," && /^(?:who|whom)$/.test(tokens[k + 1]?.lower ?? ""));
  if (before?.text === "," && relative > 0 && verb.isStrong && tokens[relative - 1]?.isWord) return { kind: "none" };
  return null;
}

const DETERMINERS = /^(?:some|many|most|several|other|few|local|both)$/;

/** "Exporters say …", "Some shopkeepers said …": a plural noun phrase opening
 * the sentence speaks for an unnamed group. */
function isBarePluralSubject(tokens: Token[], last: number): boolean {
  if (last < 0 || last > 2) return false;
  const head = tokens[last];
  if (!head?.isWord || !/[^s]s$/.test(head.lower) || (last > 0 && head.isCap)) return false;
  return tokens.slice(0, last).every((t) => t.isWord && (DETERMINERS.test(t.lower) || !t.isCap || t === tokens[0]));
}

type Draft = { from: number; to: number; rule: string; confidence: number; cue: string; speaker: SpeakerRef };

function toFinding(view: SentenceView, d: Draft): QuoteFinding {
  const { tokens, sentence } = view;
  return {
    kind: "indirect",
    start: tokens[d.from]?.start ?? 0,
    end: tokens[d.to - 1]?.end ?? 0,
    rule: d.rule,
    cue: d.cue,
    speaker: d.speaker,
    confidence: d.confidence,
    sentence: sentence.index,
    paragraph: sentence.paragraph,
    span: null,
  };
}

function accordingTo(view: SentenceView, a: number, quoted: boolean[]): Draft | null {
  const { tokens, mentions } = view;
  let npEnd = a + 2;
  while (npEnd < tokens.length && tokens[npEnd]?.text !== "," && tokens[npEnd]?.text !== ".") npEnd++;
  // "according to the agency's review": the possessor is the source.
  const possessor = mentions.find((m) => m.isPossessor && m.first >= a + 2 && m.first < npEnd && m.form !== "pronoun");
  const phrase = speakerPhraseAfter(tokens, mentions, a + 2, npEnd);
  const speaker = phrase?.mention ?? possessor ?? null;
  if (!speaker || (phrase?.start ?? speaker.first) > a + 6) return null;
  const cue = `${tokens[a]?.text ?? ""} ${tokens[a + 1]?.text ?? ""}`;
  const atStart = a === 0 || (tokens[a - 1]?.text === "," && a <= 4);
  const from = atStart ? npEnd + 1 : 0;
  const to = atStart ? contentEnd(tokens, from, quoted, false) : a - 1;
  // "…, according to X." or "…, according to X, while …": the source closes the content's clause.
  // "…, according to X, which said …" too.
  const closesClause =
    npEnd >= tokens.length - 1 ||
    (tokens[npEnd]?.text === "," &&
      /^(?:while|whereas|but|although|though|which|who)$/.test(tokens[npEnd + 1]?.lower ?? ""));
  if (!atStart && (tokens[a - 1]?.text !== "," || !closesClause)) return null;
  if (to - from < 3) return null;
  return {
    from,
    to,
    rule: "indirect.according-to",
    confidence: 0.75,
    cue,
    speaker: { kind: "mention", mention: speaker },
  };
}

/** "Name: text" opening a heading or paragraph, as news headings summarize a speaker. */
function headlineColon(view: SentenceView, allViews: SentenceView[]): Draft | null {
  const { tokens, mentions } = view;
  const m = mentions[0];
  if (
    !m ||
    m.form !== "name" ||
    m.kind !== "person" ||
    m.first !== 0 ||
    tokens[m.last + 1]?.text !== ":" ||
    tokens.length - m.last < 5
  )
    return null;
  const surname = (m.name ?? "").split(/\s+/).pop() ?? "";
  const isKnown = allViews.some(
    (other) =>
      other !== view &&
      other.mentions.some((x) => x.kind === "person" && x.name !== m.name && (x.name ?? "").endsWith(surname)),
  );
  if (!isKnown || tokens[m.last + 2]?.text === '"') return null;
  return {
    from: m.last + 2,
    to: tokens.length,
    rule: "indirect.headline",
    confidence: 0.6,
    cue: ":",
    speaker: { kind: "mention", mention: m },
  };
}

function overlapsDirect(view: SentenceView, d: Draft, direct: DirectResult): boolean {
  const start = view.tokens[d.from]?.start ?? 0;
  const end = view.tokens[d.to - 1]?.end ?? 0;
  return direct.findings.some((f) => f.start < end && start < f.end);
}

/** Reported speech in every sentence; spans holding quoted words become `mixed`. */
export function findReportedSpeech(views: SentenceView[], spans: QuoteSpan[], direct: DirectResult): QuoteFinding[] {
  const findings: QuoteFinding[] = [];
  for (const view of views) {
    const { tokens, sentence } = view;
    const quoted = quotedTokens(
      tokens,
      spans.filter((s) => s.open >= sentence.start && s.open < sentence.end),
    );
    const drafts: Draft[] = [];
    const headline = headlineColon(view, views);
    if (headline) drafts.push(headline);
    let lastSubject = direct.clauseSubjects.get(sentence.index) ?? null;
    const usedVerbs = direct.usedVerbs.get(sentence.index);
    for (let v = 0; v < tokens.length && !headline; v++) {
      if (quoted[v] || usedVerbs?.has(v)) continue;
      if (tokens[v]?.lower === "according" && tokens[v + 1]?.lower === "to") {
        const found = accordingTo(view, v, quoted);
        if (found && !overlapsDirect(view, found, direct)) drafts.push(found);
        continue;
      }
      const verb = verbAt(tokens, v);
      if (!verb) continue;
      const cue = cueText(tokens, v, verb.particle !== null);
      const inverted = invertedClause(view, v, verb);
      if (inverted && !quoted[inverted.from]) {
        const d: Draft = {
          from: inverted.from,
          to: inverted.to,
          rule: inverted.rule,
          confidence: 0.75,
          cue,
          speaker: { kind: "mention", mention: inverted.speaker },
        };
        lastSubject = d.speaker;
        if (d.to - d.from >= 3 && !overlapsDirect(view, d, direct)) drafts.push(d);
        if (inverted.rule !== "indirect.parenthetical") break;
        continue;
      }
      const subject = subjectOf(view, v, verb, lastSubject);
      if (!subject) continue;
      lastSubject = subject;
      const content = contentOf(tokens, v, verb, quoted);
      if (!content) continue;
      const { to } = content;
      if (isAnonymityFormula(tokens, content.from)) continue;
      const words = tokens.slice(content.from, to).filter((t) => t.isWord).length;
      if (words < (content.rule === "indirect.object" ? MIN_OBJECT_WORDS : 2)) continue;
      const isElided = subject.kind === "previous";
      drafts.push({
        from: content.from,
        to,
        rule: isElided ? "indirect.elided-subject" : content.rule,
        confidence: isElided ? 0.55 : content.confidence,
        cue,
        speaker: subject,
      });
      v = to - 1;
    }
    findings.push(...drafts.map((d) => toFinding(view, d)));
  }
  for (const found of findings) {
    if (spans.some((s) => s.open >= found.start && s.close <= found.end)) found.kind = "mixed";
  }
  return findings;
}
