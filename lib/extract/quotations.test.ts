import { describe, expect, it } from "vitest";
import { normalizeText } from "./normalize";
import { findQuoteSpans } from "./quotations";
import { splitParagraphs } from "./sentences";

function spansOf(body: string) {
  const text = normalizeText(body);
  return findQuoteSpans(text, body, splitParagraphs(text)).map((s) => ({
    text: body.slice(s.start, s.end),
    category: s.category,
    continuesPrevious: s.continuesPrevious,
    hasCloseMark: s.hasCloseMark,
  }));
}

describe("quoted spans", () => {
  it("finds curly and straight double quotes, without the marks or a trailing comma", () => {
    expect(spansOf('“We are ready,” she said. "So are we," he replied.').map((s) => s.text)).toEqual([
      "We are ready",
      "So are we",
    ]);
  });

  it("finds British single quotes without being fooled by apostrophes", () => {
    const spans = spansOf("‘The club’s owners don’t care about the ’90s,’ said one fan. ‘It’s over.’");
    expect(spans.map((s) => s.text)).toEqual(["The club’s owners don’t care about the ’90s", "It’s over."]);
  });

  it("does not take plural possessives for closing marks", () => {
    expect(spansOf("'The players' wages are too high,' he said.").map((s) => s.text)).toEqual([
      "The players' wages are too high",
    ]);
  });

  it("keeps double quotes nested inside single ones as part of the outer quote", () => {
    expect(spansOf("‘She told me, “It is over,” and walked out,’ he said.").map((s) => s.text)).toEqual([
      "She told me, “It is over,” and walked out",
    ]);
  });

  it("gives one span per paragraph to a quote that runs over several paragraphs", () => {
    const spans = spansOf("“The first part is long and it carries on.\n\n“The second part closes it,” she said.");
    expect(spans.map((s) => [s.text, s.continuesPrevious, s.hasCloseMark])).toEqual([
      ["The first part is long and it carries on.", false, false],
      ["The second part closes it", true, true],
    ]);
  });

  it("runs on British single quotes over paragraphs too", () => {
    const spans = spansOf("‘It was not easy,’ she said. ‘We lost a lot of games.\n\n‘But we stayed together.’");
    expect(spans.map((s) => s.text)).toEqual(["It was not easy", "We lost a lot of games.", "But we stayed together."]);
  });

  it("calls short unpunctuated spans, coined terms and titles not speech", () => {
    const categories = spansOf(
      'The so-called "peace dividend" is gone. Critics mocked the "plan". She starred in the film "The Long Road Home" last year. He said "we will not move an inch."',
    ).map((s) => s.category);
    expect(categories).toEqual(["term", "term", "title", "speech"]);
  });
});
