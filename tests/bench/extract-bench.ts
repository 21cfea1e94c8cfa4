import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { extractArticle } from "@/lib/extract/extract-article";
import type { ArticleSource } from "@/lib/extract/types";

/** npm run bench: extraction throughput on one core over the seeds and the
 * annotated fixtures, 2,000 articles a round, after a warm-up. Several rounds,
 * since a shared machine's speed changes from one minute to the next: the
 * median says what to expect, the best what the code does undisturbed. */
const FOLDERS = ["seeds", "tests/fixtures/articles"];
const TARGET_ARTICLES = 2_000;
const ROUNDS = 5;
// The requirement is stated for articles of about 3 KB: 500 of them a second.
const REQUIRED_ARTICLE_KB = 3;
const REQUIRED_ARTICLES_PER_SECOND = 500;

async function loadCorpus(): Promise<ArticleSource[]> {
  const sources: ArticleSource[] = [];
  for (const folder of FOLDERS) {
    const names = (await readdir(folder).catch(() => [])).filter((name) => /\.(txt|md)$/.test(name)).sort();
    for (const name of names) sources.push({ sourceFile: name, bytes: await readFile(path.join(folder, name)) });
  }
  return sources;
}

function run(sources: ArticleSource[], count: number): { seconds: number; quotes: number } {
  let quotes = 0;
  const started = performance.now();
  for (let index = 0; index < count; index += 1) {
    const source = sources[index % sources.length];
    if (source) quotes += extractArticle(source).quotes.length;
  }
  return { seconds: (performance.now() - started) / 1000, quotes };
}

const corpus = await loadCorpus();
const averageBytes = corpus.reduce((sum, source) => sum + source.bytes.length, 0) / corpus.length;
const megabytesPerSecond = (seconds: number) => (TARGET_ARTICLES * averageBytes) / 1024 / 1024 / seconds;
const atRequiredSize = (rate: number) => Math.round((rate * 1024) / REQUIRED_ARTICLE_KB);
run(corpus, Math.min(200, TARGET_ARTICLES));
console.log(`corpus: ${corpus.length} distinct articles, ${(averageBytes / 1024).toFixed(1)} KB on average`);
const rates: number[] = [];
for (let round = 1; round <= ROUNDS; round += 1) {
  const { seconds, quotes } = run(corpus, TARGET_ARTICLES);
  rates.push(megabytesPerSecond(seconds));
  console.log(
    `round ${round}: ${TARGET_ARTICLES} articles (${quotes} quotes) in ${seconds.toFixed(2)} s, ` +
      `${Math.round(TARGET_ARTICLES / seconds)} articles/s, ${megabytesPerSecond(seconds).toFixed(2)} MB/s`,
  );
}
const sorted = [...rates].sort((a, b) => a - b);
const median = sorted[Math.floor(sorted.length / 2)] ?? 0;
const best = sorted[sorted.length - 1] ?? 0;
console.log(`throughput: median ${median.toFixed(2)} MB/s, best ${best.toFixed(2)} MB/s`);
console.log(
  `at ${REQUIRED_ARTICLE_KB} KB an article: median ${atRequiredSize(median)}, best ${atRequiredSize(best)} articles/s ` +
    `(required: ${REQUIRED_ARTICLES_PER_SECOND})`,
);
console.log(`heap used after run: ${(process.memoryUsage().heapUsed / 1024 / 1024).toFixed(1)} MB`);
