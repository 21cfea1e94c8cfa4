import { readFileSync } from "node:fs";
import {
  caseNameOf,
  DEFAULT_CORPUS,
  readCrossArticleClaims,
  readCrossArticlePeople,
  readGold,
  type Corpus,
  type GoldCase,
} from "./corpus";
import type { GoldArticle } from "./gold-schema";

/**
 * Checks a gold file against its article without running the pipeline, so an
 * annotation typo fails a test instead of silently lowering a score.
 */

// Straight single marks too: some British copy quotes in 'plain apostrophes'.
const OPENING_MARKS = new Set(["“", '"', "‘", "'"]);
// “…” / “long overdue.” / “…,”: a closing mark, perhaps after a stop or a comma.
const CLOSES_QUOTE = /^[.,!?]?\s?[”"’']/;
const HAS_QUOTED_FRAGMENT = /[“”"‘’']/;

type SplitArticle = { frontMatter: Map<string, string> | null; dateMarker: string | null; text: string };

/** Front matter and a leading `date YYYY-MM-DD` marker, as the import format defines them. */
function splitArticle(raw: string): SplitArticle {
  const text = raw.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  const frontMatterMatch = /^---\n([\s\S]*?)\n---\n/.exec(text);
  if (frontMatterMatch) {
    const fields = new Map<string, string>();
    for (const line of (frontMatterMatch[1] ?? "").split("\n")) {
      const field = /^(\w+):\s*(.*)$/.exec(line);
      // YAML may quote a value: title: "Sequins, tears and £2.3m: …".
      if (field?.[1] !== undefined && field[2] !== undefined)
        fields.set(field[1], field[2].trim().replace(/^(["'])(.*)\1$/, "$2"));
    }
    return { frontMatter: fields, dateMarker: null, text: text.slice(frontMatterMatch[0].length) };
  }
  const markerMatch = /^\s*date (\d{4}-\d{2}-\d{2})\s*/.exec(text);
  if (markerMatch)
    return { frontMatter: null, dateMarker: markerMatch[1] ?? null, text: text.slice(markerMatch[0].length) };
  // The marker may also stand on the line after the headline.
  const afterHeadline = /^([^\n]+)\ndate (\d{4}-\d{2}-\d{2})[ \t]*\n/.exec(text);
  if (afterHeadline)
    return {
      frontMatter: null,
      dateMarker: afterHeadline[2] ?? null,
      text: `${afterHeadline[1]}\n${text.slice(afterHeadline[0].length)}`,
    };
  return { frontMatter: null, dateMarker: null, text };
}

function findMetaProblems(article: SplitArticle, gold: GoldArticle): { body: string; problems: string[] } {
  const problems: string[] = [];
  const published = article.frontMatter?.get("publishedAt") ?? article.dateMarker;
  if ((published ?? null) !== gold.publishedAt)
    problems.push(`publishedAt ${gold.publishedAt} but the article gives ${published}`);
  if (article.frontMatter) {
    const title = article.frontMatter.get("title") ?? null;
    if (title !== gold.title)
      problems.push(`title ${JSON.stringify(gold.title)} but front matter has ${JSON.stringify(title)}`);
    return { body: article.text, problems };
  }
  if (gold.title === null) return { body: article.text, problems };
  const [headline = "", ...rest] = article.text.split("\n");
  if (headline.trim() !== gold.title)
    problems.push(`title ${JSON.stringify(gold.title)} but the first line is ${JSON.stringify(headline)}`);
  return { body: rest.join("\n"), problems };
}

function findQuoteProblems(body: string, gold: GoldArticle): string[] {
  const problems: string[] = [];
  for (const quote of gold.quotes) {
    const start = body.indexOf(quote.text);
    const label = `${quote.kind} "${quote.text.slice(0, 60)}"`;
    if (start === -1) {
      problems.push(`not in body: ${label}`);
      continue;
    }
    // Nothing before the body's first character, which then opens no quote.
    const before = start > 0 ? body.charAt(start - 1) : "";
    const after = body.slice(start + quote.text.length, start + quote.text.length + 3);
    if (quote.kind === "direct") {
      const isClosed = CLOSES_QUOTE.test(after) || after.startsWith("\n");
      if (!OPENING_MARKS.has(before) || !isClosed) problems.push(`direct quote not inside quotation marks: ${label}`);
    } else if (quote.kind === "mixed" && !HAS_QUOTED_FRAGMENT.test(quote.text)) {
      problems.push(`mixed quote without a quoted fragment: ${label}`);
    } else if (quote.kind === "indirect" && OPENING_MARKS.has(before)) {
      problems.push(`indirect quote that follows an opening mark: ${label}`);
    }
  }
  return problems;
}

function findNameProblems(body: string, gold: GoldArticle): string[] {
  const lowerBody = body.toLowerCase();
  const isMentioned = (name: string) => lowerBody.includes(name.toLowerCase());
  const problems = gold.speakers
    .filter((speaker) => ![speaker.name, ...speaker.aliases].some(isMentioned))
    .map((speaker) => `speaker never named in the body: ${speaker.name}`);
  for (const name of gold.notSpeakers) if (!isMentioned(name)) problems.push(`notSpeaker never mentioned: ${name}`);
  return problems;
}

export function findGoldProblems(goldCase: GoldCase): string[] {
  let gold: GoldArticle;
  try {
    gold = readGold(goldCase.goldPath);
  } catch (error) {
    return [error instanceof Error ? error.message : String(error)];
  }
  const article = splitArticle(readFileSync(goldCase.articlePath, "utf8"));
  const { body, problems } = findMetaProblems(article, gold);
  return [...problems, ...findQuoteProblems(body, gold), ...findNameProblems(body, gold)];
}

/** Every cross-article reference must point at a gold quote or name of that file. */
export function findCrossArticleProblems(cases: readonly GoldCase[], corpus: Corpus = DEFAULT_CORPUS): string[] {
  const goldByName = new Map(cases.map((goldCase) => [goldCase.name, readGold(goldCase.goldPath)]));
  const problems: string[] = [];
  for (const { file, text } of readCrossArticleClaims(corpus).flat()) {
    const gold = goldByName.get(caseNameOf(file));
    if (!gold?.quotes.some((quote) => quote.text === text))
      problems.push(`_cross-article-claims: no gold quote in ${file}: "${text}"`);
  }
  for (const { file, name } of readCrossArticlePeople(corpus).flat()) {
    const gold = goldByName.get(caseNameOf(file));
    const names = [...(gold?.speakers.map((speaker) => speaker.name) ?? []), ...(gold?.notSpeakers ?? [])];
    if (!names.includes(name))
      problems.push(`_cross-article-people: ${name} is not a speaker or notSpeaker in ${file}`);
  }
  return problems;
}
