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

  describe("a statement made at a gathering takes the day of the event the lede reports", () => {
    const lede = `${header}Dozens of parents packed a school board meeting in Elmwood on Tuesday night to oppose the closure of two schools.\n\n`;
    const onTuesday = { date: "2024-03-12", precision: "day", phrase: "on Tuesday night" };

    it("when its frame names the gathering", () => {
      const article = extractText(
        `${lede}“We were never asked,” Carla Mendes, a mother of three, told the board members.\n\n` +
          `Superintendent Paul Osei, speaking at the meeting, said the district had no other way to close its deficit.\n\n` +
          `“We will keep talking,” Board Chair Dana Wu said as the meeting drew to a close.\n`,
      );
      for (const fragment of ["never asked", "no other way", "keep talking"])
        expect(quoteWith(article, fragment).stated, fragment).toEqual(onTuesday);
    });

    it("and so do that speaker's later statements", () => {
      const article = extractText(
        `${lede}Carla Mendes, a mother of three, told the board the plan would split her children between towns.\n\n` +
          `“We were never asked,” Mendes said.\n`,
      );
      expect(quoteWith(article, "never asked").stated).toEqual(onTuesday);
    });

    it("but not an interview, testimony or a statement with no frame", () => {
      const article = extractText(
        `${lede}“We were never asked,” Carla Mendes told the Elmwood Gazette.\n\n` +
          `Paul Osei told the court in a separate case that the contract was void.\n\n` +
          `“This is about money,” said Dana Wu, a parent.\n`,
      );
      for (const fragment of ["never asked", "contract was void", "about money"])
        expect(quoteWith(article, fragment).stated.date, fragment).toBeNull();
    });

    it("and never a day the lede does not give", () => {
      const article = extractText(
        `${header}Dozens of parents packed a school board meeting in Elmwood to oppose the closure of two schools.\n\n` +
          `“We were never asked,” Carla Mendes told the board.\n`,
      );
      expect(quoteWith(article, "never asked").stated.date).toBeNull();
    });
  });
});
