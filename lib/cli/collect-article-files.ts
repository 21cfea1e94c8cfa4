import { readdir, stat } from "node:fs/promises";
import path from "node:path";
import { UsageError } from "./usage-error";

const ARTICLE_EXTENSIONS = new Set([".txt", ".md"]);

/** Expands files and folders into article files, in a stable order so that an
 * import of the same folder always happens in the same sequence. Files named
 * explicitly are kept whatever their type: the importer then says why it
 * rejects them. */
export async function collectArticleFiles(inputs: string[]): Promise<string[]> {
  const files: string[] = [];
  for (const input of inputs) {
    const info = await stat(input).catch(() => null);
    if (!info) throw new UsageError(`${input}: no such file or folder`);
    if (info.isDirectory()) files.push(...(await listArticles(input)));
    else files.push(input);
  }
  return [...new Set(files)];
}

async function listArticles(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile() && ARTICLE_EXTENSIONS.has(path.extname(entry.name).toLowerCase()))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort((a, b) => a.localeCompare(b, "en"));
}
