import { readFile } from "node:fs/promises";
import path from "node:path";
import { importArticle } from "@/lib/kb/import-article";

export type ImportReport = { imported: number; replaced: number; unchanged: number; failed: number; quotes: number };

/** Imports files one at a time (memory stays bounded by the largest article),
 * printing a line per file. A bad file is reported and skipped; the others go on. */
export async function importFiles(files: string[], log: (line: string) => void): Promise<ImportReport> {
  const report: ImportReport = { imported: 0, replaced: 0, unchanged: 0, failed: 0, quotes: 0 };
  for (const file of files) {
    const sourceFile = path.basename(file);
    try {
      const outcome = await importArticle({ sourceFile, bytes: await readFile(file) });
      if (outcome.status === "unchanged") {
        report.unchanged += 1;
        log(`  = ${file}: unchanged`);
        continue;
      }
      report[outcome.status] += 1;
      report.quotes += outcome.counts.quotes;
      const { quotes, speakers, claims, topics } = outcome.counts;
      log(`  ✓ ${file}: ${outcome.status}, ${quotes} quotes, ${speakers} speakers, ${claims} claims, ${topics} topics`);
    } catch (error) {
      report.failed += 1;
      log(`  ✗ ${file}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return report;
}

export function describeReport(report: ImportReport): string {
  return (
    `${report.imported} imported, ${report.replaced} replaced, ${report.unchanged} unchanged, ` +
    `${report.failed} failed; ${report.quotes} quotes written.`
  );
}
