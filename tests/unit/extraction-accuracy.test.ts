import { describe, expect, it } from "vitest";
import { extractArticle } from "../../lib/extract/extract-article";
import { evaluateCorpus, type CorpusReport } from "../eval/evaluate-corpus";
import { formatTable } from "../eval/format-report";
import { metricsOf } from "../eval/metrics";

/**
 * The pipeline's accuracy targets, measured against hand-annotated gold files.
 * Expected to fail until the pipeline meets them; the message carries the
 * per-file table. For every miss and false positive:
 *   npx tsx tests/eval/run.ts --verbose
 */

let cachedReport: CorpusReport | null = null;
function getReport(): CorpusReport {
  cachedReport ??= evaluateCorpus(extractArticle);
  return cachedReport;
}

function explain(target: string): string {
  return `${target}\n\n${formatTable(getReport())}\n\nDetails: npx tsx tests/eval/run.ts --verbose\n`;
}

describe("extraction accuracy", () => {
  it("scores every article (the pipeline does not throw, gold texts are in its body)", () => {
    const errors = getReport().results.flatMap((result) =>
      result.error === null ? [] : [`${result.goldCase.name}: ${result.error}`],
    );
    expect(errors, explain("articles that could not be scored")).toEqual([]);
  });

  describe("on the seeds", () => {
    const seeds = () => metricsOf(getReport().seedTotals);

    it("finds and attributes every direct quote", () => {
      expect(seeds().directRecall, explain("seed direct-quote recall must be 1")).toBe(1);
      expect(seeds().directAttribution, explain("seed direct-quote attribution must be 1")).toBe(1);
    });

    it("reaches precision and recall of 0.9", () => {
      expect(seeds().precision ?? 0, explain("seed precision ≥ 0.9")).toBeGreaterThanOrEqual(0.9);
      expect(seeds().recall ?? 0, explain("seed recall ≥ 0.9")).toBeGreaterThanOrEqual(0.9);
    });

    it("attributes at least 95% of matched quotes correctly", () => {
      expect(seeds().attribution ?? 0, explain("seed attribution ≥ 0.95")).toBeGreaterThanOrEqual(0.95);
    });

    it("never lists a merely mentioned person as a speaker", () => {
      expect(getReport().seedTotals.notSpeakerHits, explain("seed notSpeakers listed as speakers must be 0")).toBe(0);
    });
  });

  describe("on the fixtures (articles unlike the seeds)", () => {
    const fixtures = () => metricsOf(getReport().fixtureTotals);

    it("reaches a quote F1 of 0.85", () => {
      expect(fixtures().f1 ?? 0, explain("fixture F1 ≥ 0.85")).toBeGreaterThanOrEqual(0.85);
    });

    it("attributes at least 90% of matched quotes correctly", () => {
      expect(fixtures().attribution ?? 0, explain("fixture attribution ≥ 0.9")).toBeGreaterThanOrEqual(0.9);
    });
  });
});
