import { describe, expect, it } from "vitest";
import { ExtractionError } from "./errors";
import { deriveTitle, readArticleInput } from "./input";
import { extractText } from "./test-support";

const encode = (text: string) => new TextEncoder().encode(text);
const read = (text: string, sourceFile = "story.txt") => readArticleInput({ sourceFile, bytes: encode(text) });

function errorOf(run: () => unknown): ExtractionError {
  try {
    run();
  } catch (error) {
    if (error instanceof ExtractionError) return error;
    throw error;
  }
  throw new Error("expected an ExtractionError");
}

describe("reading an article file", () => {
  it("takes title, url, outlet and publication date from front matter and ignores unknown keys", () => {
    const input = read(
      '---\ntitle: "Port strike ends"\nurl: https://news.example.org/port\noutlet: Harbour Times\npublishedAt: 2024-06-03\nauthor: Someone\n---\nDock workers returned on Monday.\n',
      "story.md",
    );
    expect(input.title).toBe("Port strike ends");
    expect(input.url).toBe("https://news.example.org/port");
    expect(input.outlet).toBe("Harbour Times");
    expect(input.published).toEqual({ date: "2024-06-03", precision: "day", phrase: null, source: "front-matter" });
    expect(input.body).toBe("Dock workers returned on Monday.\n");
  });

  it("rejects front matter with an impossible date, a bad url or no closing fence", () => {
    expect(errorOf(() => read("---\npublishedAt: 2024-02-30\n---\nText.")).code).toBe("bad-front-matter");
    expect(errorOf(() => read("---\nurl: not a url\n---\nText.")).message).toMatch(/url/);
    expect(errorOf(() => read("---\ntitle: Open\nText without a fence.")).code).toBe("bad-front-matter");
    expect(errorOf(() => read("---\njust words\n---\nText.")).message).toMatch(/line 2/);
  });

  it("rejects bytes that are not UTF-8, naming the problem", () => {
    const latin1 = new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x70, 0x65, 0x6e, 0x73]);
    const error = errorOf(() => readArticleInput({ sourceFile: "cafe.txt", bytes: latin1 }));
    expect(error.code).toBe("not-utf8");
    expect(error.message).toMatch(/cafe\.txt.*UTF-8/);
    const utf16 = new Uint8Array([0xff, 0xfe, 0x41, 0x00]);
    expect(errorOf(() => readArticleInput({ sourceFile: "wide.txt", bytes: utf16 })).message).toMatch(/UTF-16/);
  });

  it("accepts only .txt and .md files and refuses empty ones", () => {
    expect(errorOf(() => read("Text.", "story.docx")).code).toBe("unsupported-type");
    expect(errorOf(() => read("  \n\n ")).code).toBe("empty");
    expect(errorOf(() => read("---\ntitle: Only a title\n---\n")).code).toBe("empty");
  });

  it("strips a byte-order mark and turns CRLF and CR line ends into LF", () => {
    const input = read("\uFEFFFirst line of text.\r\nSecond line.\rThird.");
    expect(input.body).toBe("First line of text.\nSecond line.\nThird.");
  });

  it("reads a leading date marker as the publication date and removes it", () => {
    const input = read("  date 2023-11-02 Officials said the bridge would reopen.");
    expect(input.published).toEqual({ date: "2023-11-02", precision: "day", phrase: null, source: "date-marker" });
    expect(input.body).toBe("Officials said the bridge would reopen.");
    expect(read("No date here.").published).toEqual({ date: null, precision: "unknown", phrase: null, source: null });
  });

  it("reads a date marker on the line right after the headline", () => {
    const input = read(
      "West Coast fishers take oil company to court\ndate 2025-03-11\n\nCAPE TOWN – An alliance of fishers on Tuesday asked the court to act.",
    );
    expect(input.title).toBe("West Coast fishers take oil company to court");
    expect(input.published).toEqual({ date: "2025-03-11", precision: "day", phrase: null, source: "date-marker" });
    expect(input.body).toBe("CAPE TOWN – An alliance of fishers on Tuesday asked the court to act.");
  });

  it("takes a headline first line as the title and removes it from the body", () => {
    const input = read(
      "Council Votes to Close Two Libraries\n\nThe city council voted on Tuesday to close two branches.",
    );
    expect(input.title).toBe("Council Votes to Close Two Libraries");
    expect(input.body).toBe("The city council voted on Tuesday to close two branches.");
  });

  it("does not take a first sentence or a hard-wrapped line for a headline", () => {
    expect(read("The mayor resigned on Friday.\nHer deputy takes over.").title).toBeNull();
    expect(
      read("The mayor of the northern town resigned on Friday after\nweeks of pressure from her party.").title,
    ).toBeNull();
  });

  it("derives a title from the first sentence when there is no headline", () => {
    const article = extractText("The mayor resigned on Friday. Her deputy takes over until an election in the spring.");
    expect(article.title).toBe("The mayor resigned on Friday.");
    expect(article.isTitleDerived).toBe(true);
    const long = deriveTitle(`${"Word ".repeat(40)}end.`);
    expect(long.length).toBeLessThanOrEqual(91);
    expect(long.endsWith("…")).toBe(true);
  });
});
