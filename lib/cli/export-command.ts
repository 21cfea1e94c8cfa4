import { writeFile } from "node:fs/promises";
import { z } from "zod";
import { exportKnowledgeBase } from "@/lib/kb/export-knowledge-base";
import { UsageError } from "./usage-error";
import { withDatabase } from "./with-database";

const argsSchema = z.tuple([z.literal("--out"), z.string().min(1)]);

/** npm run export -- --out <file>   ("-" writes to standard output) */
export default async function exportCommand(): Promise<void> {
  const args = argsSchema.safeParse(process.argv.slice(2));
  if (!args.success) throw new UsageError("usage: npm run export -- --out <file.json>");
  const out = args.data[1];
  const log = out === "-" ? (line: string) => console.error(line) : console.log;
  await withDatabase(async () => {
    const json = `${JSON.stringify(await exportKnowledgeBase(), null, 2)}\n`;
    if (out === "-") process.stdout.write(json);
    else {
      await writeFile(out, json);
      log(`Wrote ${out}.`);
    }
  }, log);
}
