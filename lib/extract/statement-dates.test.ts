import { describe, expect, it } from "vitest";
import { extractText, quoteWith } from "./test-support";

// 2024-03-14 is a Thursday.
const header = "---\npublishedAt: 2024-03-14\n---\n";

describe("statement dates", () => {
  it("dates a statement by the reporting frame, not by a time phrase inside its words", () => {
    const article = extractText(
      `${header}Coach Maria Lopez said on Tuesday that the team had recovered from an injury crisis in February.\n`,
    );
    expect(quoteWith(article, "injury crisis").stated).toEqual({
      date: "2024-03-12",
      precision: "day",
      phrase: "on Tuesday",
    });
  });

  it("ignores a time phrase inside a direct quote", () => {
    const article = extractText(`${header}“We lost everything in 2019,” said Tom Baker, the club's chairman.\n`);
    expect(quoteWith(article, "lost everything").stated.date).toBeNull();
  });

  it("carries a speaker's date to their follow-up statements", () => {
    const article = extractText(
      `${header}Governor Anne Holt told reporters on Wednesday that inflation was easing.\n\n` +
        `“The last mile is always the hardest,” she said.\n\n` +
        `Holt added that the council had a range of views on timing.\n`,
    );
    for (const fragment of ["inflation was easing", "last mile", "range of views"]) {
      expect(quoteWith(article, fragment).stated, fragment).toEqual({
        date: "2024-03-13",
        precision: "day",
        phrase: "on Wednesday",
      });
    }
  });

  it("does not lend one speaker's date to another", () => {
    const article = extractText(
      `${header}Governor Anne Holt said on Wednesday that inflation was easing.\n\n` +
        `“This is the pivot,” said Raj Patel, an economist at Northgate Bank.\n`,
    );
    expect(quoteWith(article, "the pivot").stated).toEqual({ date: null, precision: "unknown", phrase: null });
  });

  it("never falls back to the publication date", () => {
    const article = extractText(`${header}“Prices are too high,” said Lena Fischer, a shopper.\n`);
    expect(quoteWith(article, "too high").stated.date).toBeNull();
  });
});
