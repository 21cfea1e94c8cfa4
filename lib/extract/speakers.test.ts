import { describe, expect, it } from "vitest";
import { extractText, quoteWith, speakerOf } from "./test-support";

describe("speakers", () => {
  it("resolves he and she with a man and a woman in one article", () => {
    const article = extractText(
      [
        "Defence lawyer Michael Grant and prosecutor Susan Whitaker clashed outside the courtroom on Wednesday.",
        '"My client has been treated unfairly from the first day," he said.',
        '"The evidence speaks for itself," she said.',
        "He added that an appeal was likely.",
      ].join("\n\n"),
    );
    expect(speakerOf(article, "treated unfairly")).toBe("Michael Grant");
    expect(speakerOf(article, "speaks for itself")).toBe("Susan Whitaker");
    expect(speakerOf(article, "appeal was likely")).toBe("Michael Grant");
    expect(article.speakers.find((s) => s.name === "Susan Whitaker")?.gender).toBe("female");
  });

  it("joins surnames and titles to the full name and lists every form used", () => {
    const article = extractText(
      'Chancellor Ingrid Solberg said the reform was overdue. "We waited too long," Solberg said. "Ms. Solberg is right," said Paul Kent.',
    );
    const solberg = article.speakers.find((s) => s.name === "Ingrid Solberg");
    expect(solberg?.aliases.sort()).toEqual(["Ingrid Solberg", "Solberg"]);
    expect(solberg?.role).toBe("Chancellor");
    expect(article.speakers.map((s) => s.name)).toEqual(["Ingrid Solberg", "Paul Kent"]);
  });

  it("merges spellings of one name from different transliterations", () => {
    const article = extractText(
      'Foreign ministry spokeswoman Yekaterina Zakharenko said talks had stalled. "There is nothing to discuss," Zajarenko added.',
    );
    expect(article.speakers).toHaveLength(1);
    expect(speakerOf(article, "nothing to discuss")).toBe("Yekaterina Zakharenko");
  });

  it("lets an organization speak, and “the company” refer back to it", () => {
    const article = extractText(
      "Halvorsen Shipping Ltd. said on Monday that it would cut 300 jobs. The company said the cuts were needed to stay competitive.",
    );
    expect(speakerOf(article, "cut 300 jobs")).toBe("Halvorsen Shipping Ltd.");
    expect(speakerOf(article, "stay competitive")).toBe("Halvorsen Shipping Ltd.");
    expect(article.speakers).toEqual([
      expect.objectContaining({ name: "Halvorsen Shipping Ltd.", kind: "organization" }),
    ]);
  });

  it("lets an unnamed spokesperson speak for the organization", () => {
    const article = extractText('A Ministry of Transport spokesperson said: "The timetable has not changed."');
    expect(speakerOf(article, "timetable has not changed")).toBe("Ministry of Transport");
  });

  it("never makes a person mentioned in another's role a speaker", () => {
    const article = extractText(
      "Anna Lindqvist, an adviser to Prime Minister Erik Dahl, said the government would not resign. Dahl's office declined to comment.",
    );
    expect(article.speakers.map((s) => s.name)).toEqual(["Anna Lindqvist"]);
    expect(article.speakers[0]?.role).toBe("adviser to Prime Minister Erik Dahl");
  });

  it("upgrades a surname given first to the full name given later", () => {
    const article = extractText(
      '"We will appeal," Okoro said on Friday. Lawyer Chinedu Okoro later said the ruling ignored key evidence.',
    );
    expect(speakerOf(article, "We will appeal")).toBe("Chinedu Okoro");
    expect(article.speakers).toHaveLength(1);
  });

  it("uses a lede's pronoun for the speaker named right after it", () => {
    const article = extractText(
      '"This is not over," she said.\n\nOpposition leader Marta Weiss vowed to fight the result in court.',
    );
    expect(speakerOf(article, "This is not over")).toBe("Marta Weiss");
    expect(quoteWith(article, "fight the result").text).toBe("to fight the result in court");
  });
});
