import { isApposedSubject, isClauseSubject, isInSubordinateClause, isSetOffSubject } from "./clauses";
import { Coreference, type Entity } from "./coreference";
import type { QuoteFinding, SentenceView } from "./findings";
import type { Mention } from "./mentions";
import type { QuoteSpan } from "./quotations";
import { isSameSpeaker, speakerSlug } from "./speaker-identity";
import type { ExtractedSpeaker } from "./types";

/** Turns findings into speakers: runs coreference over the article's
 * mentions, follows "same as" and "previous speaker" links, and builds one
 * speaker per entity that is actually quoted. */

export type Attribution = { entity: Entity | null; mention: Mention | null; role: string | null };

const MAX_ROLE_LENGTH = 120;

const MIN_LEDE_WORDS = 10;

/** The first paragraph long enough to tell a story: not a byline ("By Rachel Okafor") or a credit line. */
function ledeParagraph(views: SentenceView[]): number | undefined {
  const words = new Map<number, number>();
  for (const view of views) {
    const count = (words.get(view.sentence.paragraph) ?? 0) + view.tokens.filter((t) => t.isWord).length;
    if (count >= MIN_LEDE_WORDS) return view.sentence.paragraph;
    words.set(view.sentence.paragraph, count);
  }
  return views[0]?.sentence.paragraph;
}

/** `quoted`: every quoted span, speech or not: a name inside quoted words or a title ("Rovers Till I Die")
 * is nobody the article's pronouns refer to. */
function runCoreference(views: SentenceView[], findings: QuoteFinding[], quoted: QuoteSpan[]): Coreference {
  const ledeIndex = ledeParagraph(views);
  const lede = views.filter((v) => v.sentence.paragraph === ledeIndex);
  const coreference = new Coreference(lede[lede.length - 1]?.sentence.end ?? 0);
  const speakerMentions = new Set(findings.flatMap((f) => (f.speaker.kind === "mention" ? [f.speaker.mention] : [])));
  const isQuoted = (m: Mention) => quoted.some((s) => s.start <= m.start && m.end <= s.end);
  // "al-Rashidi said Brackenridge had no plans …": the speaker, not a subject inside what they said, is who "he" is next.
  const reportedContent = findings.filter((f) => f.kind !== "direct");
  const isReported = (m: Mention) => reportedContent.some((f) => f.start <= m.start && m.end <= f.end);
  for (const view of views) {
    for (const mention of view.mentions) {
      // A description inside a name's apposition describes that name, not someone earlier.
      if (isQuoted(mention) || (mention.isEmbedded && mention.form === "nominal" && mention.kind !== "organization"))
        continue;
      const isSpeaker = speakerMentions.has(mention);
      // "Novak's serve let her down", "For Haddad, who comes in three times a week, the worry is practical":
      // whom the sentence is about, even when not its grammatical subject.
      const opensSentence =
        (mention.isPossessor && mention.first <= 1) ||
        (mention.first === 1 && mention.kind === "person" && view.tokens[0]?.lower === "for");
      // "after a newspaper columnist described her casting as …": neither a subject nor a speaker
      // inside a subordinate clause is whom the next "she" is about.
      const isSubject =
        isClauseSubject(view.tokens, mention) ||
        isApposedSubject(view.tokens, view.mentions, mention) ||
        isSetOffSubject(view.tokens, mention);
      const isInMainClause = (isSpeaker || isSubject) && !isInSubordinateClause(view.tokens, mention);
      const isMainSubject = isInMainClause && isSubject && !isReported(mention);
      const isMainSpeaker = isInMainClause && isSpeaker;
      const entity = coreference.resolve(mention, isMainSpeaker || opensSentence || isMainSubject);
      if (isSpeaker && entity) coreference.noteSpeaker(entity);
    }
  }
  return coreference;
}

/** The speaker entity of every finding, in the findings' order (sorted by offset). */
export function attributeFindings(
  views: SentenceView[],
  findings: QuoteFinding[],
  spans: QuoteSpan[],
): Map<QuoteFinding, Attribution> {
  const coreference = runCoreference(views, findings, spans);
  const result = new Map<QuoteFinding, Attribution>();
  const resolve = (finding: QuoteFinding, depth: number): Attribution => {
    const known = result.get(finding);
    if (known) return known;
    const ref = finding.speaker;
    let attribution: Attribution = { entity: null, mention: null, role: null };
    if (ref.kind === "mention") {
      const entity = coreference.speaksFor(ref.mention);
      attribution = { entity, mention: ref.mention, role: ref.mention.role ?? entity?.roles.at(-1) ?? null };
    } else if (ref.kind === "same-as" && depth < 20) {
      attribution = resolve(ref.finding, depth + 1);
    } else if (ref.kind === "previous") {
      const before = findings.filter((f) => f.start < finding.start && f !== finding).reverse();
      for (const earlier of before) {
        const candidate = resolve(earlier, depth + 1);
        if (candidate.entity) {
          attribution = { ...candidate, mention: null };
          break;
        }
      }
    }
    result.set(finding, attribution);
    return attribution;
  };
  for (const finding of findings) resolve(finding, 0);
  return result;
}

function mostSpecificRole(roles: string[]): string | null {
  const usable = roles
    .map((r) => r.replace(/^(?:the|a|an)\s+/i, "").replace(/[,\s]+$/, ""))
    .filter((r) => r.length > 0 && r.length <= MAX_ROLE_LENGTH);
  return usable.reduce<string | null>((best, r) => (best === null || r.length > best.length ? r : best), null);
}

/** One speaker per quoted entity; entities the colleague's identity rules
 * call the same person are merged first. Returns the key of each entity. */
export function buildSpeakers(attributions: Iterable<Attribution>): {
  speakers: ExtractedSpeaker[];
  keyOf: Map<Entity, string>;
} {
  const quoted: Entity[] = [];
  for (const { entity } of attributions) if (entity && entity.name && !quoted.includes(entity)) quoted.push(entity);
  const speakers: ExtractedSpeaker[] = [];
  const keyOf = new Map<Entity, string>();
  const used = new Set<string>();
  for (const entity of quoted) {
    const name = entity.name ?? "";
    const identity = { name, kind: entity.kind, role: mostSpecificRole(entity.roles), aliases: entity.aliases };
    const same = speakers.find((s) => isSameSpeaker(s, identity));
    if (same) {
      keyOf.set(entity, same.key);
      for (const alias of [name, ...entity.aliases]) if (!same.aliases.includes(alias)) same.aliases.push(alias);
      continue;
    }
    let key = speakerSlug(name);
    for (let n = 2; used.has(key); n++) key = `${speakerSlug(name)}-${n}`;
    used.add(key);
    keyOf.set(entity, key);
    speakers.push({
      key,
      name,
      kind: entity.kind,
      role: identity.role,
      gender: entity.kind === "person" ? entity.gender : null,
      aliases: [...new Set([name, ...entity.aliases])],
    });
  }
  return { speakers, keyOf };
}
