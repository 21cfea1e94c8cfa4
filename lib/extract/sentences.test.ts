import { describe, expect, it } from "vitest";
import { normalizeText } from "./normalize";
import { findQuoteSpans } from "./quotations";
import { splitParagraphs, splitSentences } from "./sentences";

function sentencesOf(body: string): string[] {
  const text = normalizeText(body);
  const paragraphs = splitParagraphs(text);
  return splitSentences(text, paragraphs, findQuoteSpans(text, body, paragraphs)).map((s) =>
    body.slice(s.start, s.end),
  );
}

describe("normalizing", () => {
  it("folds quotation marks, spaces and dashes one character for one", () => {
    const body = "«Oui», dit-il — „Ja“ ‘yes’\u00a0now\u2013then";
    const text = normalizeText(body);
    expect(text).toHaveLength(body.length);
    expect(text).toBe('"Oui", dit-il — "Ja" \'yes\' now—then');
  });
});

describe("paragraphs", () => {
  it("splits on blank lines and on single line breaks between finished lines", () => {
    const text = "Heading Without a Stop\nFirst paragraph ends here.\n\nSecond one.";
    expect(splitParagraphs(text).map((p) => text.slice(p.start, p.end))).toEqual([
      "Heading Without a Stop",
      "First paragraph ends here.",
      "Second one.",
    ]);
  });

  it("joins hard-wrapped lines of one paragraph", () => {
    const text =
      "The committee met for six hours on Thursday and\ndecided to postpone the vote until the autumn\nsession, members said.\n\nNext.";
    expect(splitParagraphs(text)).toHaveLength(2);
  });
});

describe("sentences", () => {
  it("does not break after titles, initials, months, U.S. or decimals", () => {
    expect(
      sentencesOf(
        "Gov. Ann Lee met Dr. J. K. Moss on Jan. 5 at 9 a.m. in the U.S. capital. Inflation was 3.5 percent. It fell.",
      ),
    ).toEqual([
      "Gov. Ann Lee met Dr. J. K. Moss on Jan. 5 at 9 a.m. in the U.S. capital.",
      "Inflation was 3.5 percent.",
      "It fell.",
    ]);
  });

  it("breaks after an abbreviation when a sentence plainly starts", () => {
    expect(sentencesOf("The fund is based in the U.S. The manager declined to comment.")).toHaveLength(2);
  });

  it("keeps a quote and its attribution in one sentence across the quote's own sentence breaks", () => {
    expect(sentencesOf('"We tried. We failed. We will try again," the coach said. Fans left early.')).toEqual([
      '"We tried. We failed. We will try again," the coach said.',
      "Fans left early.",
    ]);
  });

  it("ends a sentence after a closing quotation mark", () => {
    expect(sentencesOf("She called it “a disgrace.” Then she left.")).toEqual([
      "She called it “a disgrace.”",
      "Then she left.",
    ]);
  });
});
