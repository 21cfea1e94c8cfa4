import type { CaseResult, CorpusReport } from "./evaluate-corpus";
import { metricsOf, type Ratio, type ScoreCounts } from "./metrics";
import type { ArticleScore } from "./score";

const NAME_WIDTH = 40;
const HEADER = ["gold", "pred", "P", "R", "F1", "attr", "date", "dirR", "claim", "meta", "notSp"];

function formatRatio(value: Ratio): string {
  return value === null ? "—" : value.toFixed(2);
}

function row(name: string, counts: ScoreCounts, note = ""): string {
  const metrics = metricsOf(counts);
  const cells = [
    String(counts.goldQuotes),
    String(counts.predictedQuotes),
    formatRatio(metrics.precision),
    formatRatio(metrics.recall),
    formatRatio(metrics.f1),
    formatRatio(metrics.attribution),
    formatRatio(metrics.dateAccuracy),
    formatRatio(metrics.directRecall),
    formatRatio(metrics.sameClaim),
    formatRatio(metrics.meta),
    String(counts.notSpeakerHits),
  ];
  const shortName = name.length > NAME_WIDTH ? `${name.slice(0, NAME_WIDTH - 1)}…` : name;
  return `${shortName.padEnd(NAME_WIDTH)} ${cells.map((cell) => cell.padStart(5)).join(" ")}${note}`;
}

/** The per-file table with totals for seeds and fixtures. */
export function formatTable(report: CorpusReport): string {
  const lines = [`${"file".padEnd(NAME_WIDTH)} ${HEADER.map((cell) => cell.padStart(5)).join(" ")}`];
  for (const result of report.results) {
    lines.push(row(result.goldCase.name, result.counts, result.error === null ? "" : "  ERROR (see below)"));
  }
  lines.push("-".repeat(NAME_WIDTH + HEADER.length * 6));
  lines.push(row("TOTAL seeds", report.seedTotals));
  lines.push(row("TOTAL fixtures", report.fixtureTotals));
  const cross = report.crossArticleClaims;
  lines.push(`cross-article same-claim pairs grouped: ${cross.grouped}/${cross.pairs}`);
  const errors = report.results.filter((result) => result.error !== null);
  for (const result of errors) lines.push(`ERROR ${result.goldCase.name}: ${result.error}`);
  return lines.join("\n");
}

function describeSpeaker(name: string | null): string {
  return name ?? "(no speaker)";
}

function scoreDetails(score: ArticleScore): string[] {
  const lines: string[] = [];
  for (const outcome of score.outcomes) {
    const { gold } = outcome;
    if (outcome.predicted === null) {
      lines.push(`  MISS [${gold.kind}] ${describeSpeaker(gold.speaker)}: ${gold.text}`);
      continue;
    }
    if (!outcome.isSpeakerCorrect) {
      lines.push(
        `  SPEAKER expected ${describeSpeaker(gold.speaker)}, got ${describeSpeaker(outcome.predictedSpeakerName)}: ${gold.text}`,
      );
    }
    if (!outcome.isDateCorrect) {
      const stated = outcome.predicted.stated;
      lines.push(
        `  DATE expected ${gold.statedOn ?? "none"}, got ${stated.date ?? "none"} (${stated.precision}, ${JSON.stringify(stated.phrase)}): ${gold.text}`,
      );
    }
  }
  for (const quote of score.falsePositives)
    lines.push(`  FALSE POSITIVE [${quote.kind}, ${quote.rule}]: ${quote.text}`);
  for (const quote of score.misplacedQuotes)
    lines.push(`  BAD OFFSETS ${quote.startOffset}-${quote.endOffset}: ${quote.text}`);
  for (const name of score.notSpeakerHits) lines.push(`  NOT A SPEAKER but listed as one: ${name}`);
  for (const [a, b] of score.ungroupedSameClaims) lines.push(`  SAME CLAIM not grouped: "${a}" / "${b}"`);
  for (const problem of score.metaProblems) lines.push(`  META ${problem}`);
  return lines;
}

function caseDetails(result: CaseResult): string[] {
  if (result.score === null) return [`${result.goldCase.name}`, `  ERROR ${result.error}`];
  const details = scoreDetails(result.score);
  return details.length === 0 ? [] : [result.goldCase.name, ...details];
}

/** Every miss, false positive and wrong speaker or date, file by file. */
export function formatDetails(report: CorpusReport): string {
  const lines = report.results.flatMap(caseDetails);
  for (const { a, b } of report.crossArticleClaims.ungrouped) {
    lines.push(`CROSS-ARTICLE SAME CLAIM not grouped: ${a.file} "${a.text}" / ${b.file} "${b.text}"`);
  }
  return lines.join("\n");
}
