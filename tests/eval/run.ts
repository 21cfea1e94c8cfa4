/**
 * Scores the extraction pipeline against the gold files.
 * Usage: npx tsx tests/eval/run.ts [--verbose] [--corpus <folder with articles/ and expected/>]
 * Exits 1 when an article could not be scored (pipeline threw, or a gold text
 * is not in the body), so a broken run is never mistaken for a low score.
 */
import { extractArticle } from "../../lib/extract/extract-article";
import { corpusAt, DEFAULT_CORPUS } from "./corpus";
import { evaluateCorpus } from "./evaluate-corpus";
import { formatDetails, formatTable } from "./format-report";

const args = process.argv.slice(2);
const isVerbose = args.includes("--verbose");
const corpusFolder = args[args.indexOf("--corpus") + 1];
const corpus = args.includes("--corpus") && corpusFolder ? corpusAt(corpusFolder) : DEFAULT_CORPUS;
const report = evaluateCorpus(extractArticle, corpus);
if (corpus !== DEFAULT_CORPUS) console.log(`corpus: ${corpus.expectedDir}\n`);

console.log(formatTable(report));
console.log(
  "\nP/R/F1: quote spans (overlap ≥ 0.5 of the shorter); attr, date: among matched quotes; dirR: direct-quote recall;" +
    "\nclaim: same-claim pairs grouped; meta: title and publication date; notSp: notSpeakers listed as speakers.",
);
if (isVerbose) {
  const details = formatDetails(report);
  console.log(`\n${details.length === 0 ? "No misses, false positives or errors." : details}`);
}
process.exitCode = report.results.some((result) => result.error !== null) ? 1 : 0;
