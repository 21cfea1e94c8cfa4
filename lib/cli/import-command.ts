import { z } from "zod";
import { collectArticleFiles } from "./collect-article-files";
import { describeReport, importFiles } from "./import-files";
import { withDatabase } from "./with-database";

const argsSchema = z.array(z.string().min(1)).transform((paths) => (paths.length > 0 ? paths : ["seeds"]));

/** npm run import -- <file-or-folder>...  (default: seeds/) */
export default async function importCommand(): Promise<number> {
  const inputs = argsSchema.parse(process.argv.slice(2));
  const files = await collectArticleFiles(inputs);
  return withDatabase(async () => {
    console.log(`Importing ${files.length} file${files.length === 1 ? "" : "s"}:`);
    const report = await importFiles(files, console.log);
    console.log(describeReport(report));
    return report.failed > 0 ? 1 : 0;
  });
}
