import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../lib/extract/extract-article";
import type { ExtractedArticle } from "../../lib/extract/types";

/** Regression checks on the shipped seed articles; the rules themselves are
 * tested on made-up snippets in the other files. */

function seed(name: string): ExtractedArticle {
  const bytes = new Uint8Array(readFileSync(join(__dirname, "../../seeds", name)));
  return extractArticle({ sourceFile: name, bytes });
}

function speakerOf(article: ExtractedArticle, fragment: string): string | null {
  const quote = article.quotes.find((q) => q.text.includes(fragment));
  return article.speakers.find((s) => s.key === quote?.speakerKey)?.name ?? null;
}

describe("seed articles", () => {
  it("keeps the offset invariant and sorted quotes in every seed", () => {
    for (const name of [
      "000_851aaf5485cffdb3.txt",
      "001_55c245188ef25330.txt",
      "002_66199340dd34d6ca.txt",
      "003_aecb6d40f59cfbec.txt",
      "004_334d1856cee0a5ac.txt",
    ]) {
      const article = seed(name);
      for (const q of article.quotes) expect(article.body.slice(q.startOffset, q.endOffset)).toBe(q.text);
      expect(article.quotes.map((q) => q.startOffset)).toEqual(
        article.quotes.map((q) => q.startOffset).sort((a, b) => a - b),
      );
    }
  });

  it("gives Peskov's quotes to him and not to the president his role names", () => {
    const article = seed("000_851aaf5485cffdb3.txt");
    expect(speakerOf(article, "NATO is at war with Russia")).toBe("Dmitry Peskov");
    expect(speakerOf(article, "There is no need for further proof")).toBe("Dmitry Peskov");
    expect(article.speakers.map((s) => s.name)).not.toContain("Vladimir Putin");
  });

  it("reads the date marker and resolves the lede's “she” to Zakharova", () => {
    const article = seed("002_66199340dd34d6ca.txt");
    expect(article.published.date).toBe("2023-07-11");
    expect(speakerOf(article, "Do you really think")).toBe("Maria Zakharova");
    expect(speakerOf(article, "All legitimate security interests")).toBe("Sergei Lavrov");
  });

  it("merges two spellings of Zakharova and keeps the misgendered “he” with her", () => {
    const article = seed("003_aecb6d40f59cfbec.txt");
    const zakharova = article.speakers.filter((s) => /Zakharova|Zajárova/.test(s.aliases.join(" ")));
    expect(zakharova).toHaveLength(1);
    expect(speakerOf(article, "European aspirations")).toBe(zakharova[0]?.name);
    expect(speakerOf(article, "They hope to continue")).toBe("Sergey Lavrov");
  });

  it("takes the headline line as the title", () => {
    expect(seed("004_334d1856cee0a5ac.txt").title).toBe(
      "NATO’s Military Support for Ukraine: A Controversial Standoff",
    );
  });
});
