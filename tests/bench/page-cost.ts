import { spawn, type ChildProcess } from "node:child_process";
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import net from "node:net";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { z } from "zod";
import { buildIfNeeded } from "@/lib/cli/build-if-needed";
import { collectArticleFiles } from "@/lib/cli/collect-article-files";
import { importFiles } from "@/lib/cli/import-files";
import { connectDatabase, disconnectDatabase } from "@/lib/db";
import { env } from "@/lib/env";
import { importArticle } from "@/lib/kb/import-article";
import { createThrowawayDatabase } from "../support/throwaway-database";
import { startQueryCounter, type QueryCounter } from "./page-cost-counter";
import { benchPages, pickSamples, type BenchPage } from "./page-cost-pages";

/** npm run bench:pages [-- --runs 20 --copies 3 --http]
 *
 * What each page costs the database: on a throwaway database (on DATABASE_URL's
 * server, else embedded) holding the seeds, each route's lib/kb calls run
 * `runs` times after a warm-up, through a proxy that counts the SQL statements;
 * a few more runs with the proxy holding each message 50 ms tell how many of
 * them wait for one another (steps). Then the seeds are imported `copies` more
 * times under other file names and everything is measured again: a count that
 * grows with the data is an N+1, and the run fails. `--http` also times the
 * real routes, and counts their statements, against `next start`. */
const argsSchema = z.object({
  runs: z.coerce.number().int().min(1).max(1_000).default(20),
  copies: z.coerce.number().int().min(0).max(50).default(3),
  http: z.boolean().default(false),
});

/** The added delay that shows how many statements run one after another. */
const LATENCY_MS = 50;
const LATENCY_RUNS = 3;

/** Statements per view; how many of them wait for one another; median time. */
type Measure = { statements: number; steps: number; medianMs: number };
type Column = { via: "lib/kb" | "HTTP"; articles: number; results: Map<string, Measure> };
type NextServer = { baseUrl: string; process: ChildProcess };

const { values } = parseArgs({
  options: { runs: { type: "string" }, copies: { type: "string" }, http: { type: "boolean" } },
});
const args = argsSchema.parse(values);

const database = await createThrowawayDatabase(env.DATABASE_URL);
let counter: QueryCounter | null = null;
let next: NextServer | null = null;
try {
  const seedFiles = await collectArticleFiles(["seeds"]);
  connectDatabase(database.databaseUrl);
  const report = await importFiles(seedFiles, () => undefined);
  if (report.failed > 0) throw new Error(`${report.failed} seed articles failed to import`);
  await disconnectDatabase();

  const proxy = await startQueryCounter(database.databaseUrl);
  counter = proxy;
  connectDatabase(proxy.databaseUrl);
  const pages = benchPages(await pickSamples());
  if (args.http) next = await startNext(proxy.databaseUrl);

  const columns: Column[] = [];
  const measureAll = async (articles: number) => {
    const results = await measurePages(pages, proxy, args.runs, (page) => page.load());
    columns.push({ via: "lib/kb", articles, results });
    if (!next) return;
    const { baseUrl } = next;
    const httpResults = await measurePages(pages, proxy, args.runs, (page) => fetchPage(baseUrl, page.href));
    columns.push({ via: "HTTP", articles, results: httpResults });
  };
  await measureAll(seedFiles.length);
  if (args.copies > 0) {
    await importCopies(seedFiles, args.copies, database.databaseUrl);
    connectDatabase(proxy.databaseUrl);
    await measureAll(seedFiles.length * (args.copies + 1));
  }

  console.log(`\nSQL statements per page view, how many run one after another (steps), median of ${args.runs} runs.\n`);
  console.log(formatTable(pages, columns));
  const growing = growingPages(pages, columns);
  if (growing.length > 0) {
    console.error(`\nStatement counts differ between the columns on: ${growing.join(", ")}`);
    process.exitCode = 1;
  }
} finally {
  next?.process.kill("SIGTERM");
  await disconnectDatabase();
  await counter?.close();
  await database.drop();
}

async function measurePages(
  pages: BenchPage[],
  counter: QueryCounter,
  runs: number,
  visit: (page: BenchPage) => Promise<unknown>,
): Promise<Map<string, Measure>> {
  const time = async (page: BenchPage) => {
    const started = performance.now();
    await visit(page);
    return performance.now() - started;
  };
  const results = new Map<string, Measure>();
  for (const page of pages) {
    await visit(page);
    const durations: number[] = [];
    const counts = new Set<number>();
    for (let run = 0; run < runs; run += 1) {
      counter.reset();
      durations.push(await time(page));
      counts.add(counter.statements());
    }
    if (counts.size > 1) throw new Error(`${page.route}: the statement count varies (${[...counts].join(", ")})`);
    // Each statement that waits for an earlier one pays the delay once more;
    // statements sent together pay it once between them.
    counter.setLatency(LATENCY_MS);
    const delayed: number[] = [];
    for (let run = 0; run < LATENCY_RUNS; run += 1) delayed.push(await time(page));
    counter.setLatency(0);
    results.set(page.route, {
      statements: [...counts][0] ?? 0,
      steps: Math.round((median(delayed) - median(durations)) / LATENCY_MS),
      medianMs: median(durations),
    });
  }
  return results;
}

/** The seeds again under other file names: new articles and statements by the
 * same speakers, making the same claims. */
async function importCopies(files: string[], copies: number, databaseUrl: string): Promise<void> {
  await disconnectDatabase();
  connectDatabase(databaseUrl);
  for (let copy = 1; copy <= copies; copy += 1) {
    for (const file of files) {
      const sourceFile = `copy-${copy}-${path.basename(file)}`;
      await importArticle({ sourceFile, bytes: await readFile(file) });
    }
  }
  await disconnectDatabase();
}

async function startNext(databaseUrl: string): Promise<NextServer> {
  const childEnv = { ...process.env, DATABASE_URL: databaseUrl, NEXT_TELEMETRY_DISABLED: "1" };
  await buildIfNeeded(childEnv);
  const port = await freePort();
  const nextBin = createRequire(import.meta.url).resolve("next/dist/bin/next");
  const child = spawn(process.execPath, [nextBin, "start", "-p", String(port), "-H", "127.0.0.1"], {
    env: childEnv,
    stdio: "ignore",
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  for (let attempt = 0; attempt < 120; attempt += 1) {
    const isUp = await fetch(`${baseUrl}/api/topics`).then(
      (response) => response.ok,
      () => false,
    );
    if (isUp) return { baseUrl, process: child };
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  child.kill("SIGTERM");
  throw new Error(`next start did not answer on ${baseUrl}`);
}

async function freePort(): Promise<number> {
  const probe = net.createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const { port } = probe.address() as net.AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

async function fetchPage(baseUrl: string, href: string): Promise<void> {
  const response = await fetch(`${baseUrl}${href}`);
  await response.arrayBuffer();
  if (!response.ok) throw new Error(`${href} answered ${response.status}`);
}

function median(values: number[]): number {
  const sorted = [...values].sort((left, right) => left - right);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

function formatTable(pages: BenchPage[], columns: Column[]): string {
  const header = [
    "Route",
    "Statements",
    "Steps",
    ...columns.map((column) => `${column.via} ms, ${column.articles} articles`),
  ];
  const rows = pages.map((page) => {
    const measures = columns.map((column) => column.results.get(page.route));
    const first = measures.find((measure) => measure !== undefined);
    return [
      `\`${page.route}\``,
      [...new Set(measures.map((measure) => measure?.statements))].join(" → "),
      String(first?.steps ?? ""),
      ...measures.map((measure) => measure?.medianMs.toFixed(1) ?? ""),
    ];
  });
  return [header, header.map(() => "---"), ...rows].map((cells) => `| ${cells.join(" | ")} |`).join("\n");
}

/** Routes whose statement count is not the same in every column: one that
 * grows with the data is an N+1. */
function growingPages(pages: BenchPage[], columns: Column[]): string[] {
  return pages
    .filter((page) => new Set(columns.map((column) => column.results.get(page.route)?.statements)).size > 1)
    .map((page) => page.route);
}
