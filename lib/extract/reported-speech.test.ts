import { describe, expect, it } from "vitest";
import { extractText, quoteWith, speakerOf } from "./test-support";

describe("reported speech", () => {
  it("stores the that-clause without “that”, with exact offsets", () => {
    const article = extractText(
      "Fire chief Leon Marsh warned that the dry weather would make the coming week dangerous.",
    );
    const quote = quoteWith(article, "dry weather");
    expect(quote.text).toBe("the dry weather would make the coming week dangerous");
    expect(quote.kind).toBe("indirect");
    expect(quote.rule).toBe("indirect.that-clause");
    expect(quote.cue).toBe("warned");
    expect(speakerOf(article, "dry weather")).toBe("Leon Marsh");
  });

  it("reads each family of reporting verbs", () => {
    const article = extractText(
      [
        "Senator Alan Pike insisted the bill had broad support.",
        "Judge Carla Moreno told jurors on Tuesday that the evidence was admissible.",
        "The prosecutor, Ben Ortiz, accused the defence of wasting the court's time.",
        "Critic Nora Vance described the verdict as a turning point for the industry.",
        "Activist Sam Reilly urged the council to reverse the decision before the summer.",
        "Dr. Lena Fox pointed out that most patients recovered within a week.",
      ].join(" "),
    );
    expect(quoteWith(article, "broad support").text).toBe("the bill had broad support");
    expect(quoteWith(article, "admissible").text).toBe("the evidence was admissible");
    expect(quoteWith(article, "wasting").text).toBe("the defence of wasting the court's time");
    expect(quoteWith(article, "turning point").text).toBe("the verdict as a turning point for the industry");
    expect(quoteWith(article, "reverse the decision").text).toBe(
      "the council to reverse the decision before the summer",
    );
    expect(quoteWith(article, "recovered within").cue).toBe("pointed out");
    expect(article.speakers.map((s) => s.name)).toEqual([
      "Alan Pike",
      "Carla Moreno",
      "Ben Ortiz",
      "Nora Vance",
      "Sam Reilly",
      "Lena Fox",
    ]);
  });

  it("reads the inverted order, the speaker after the content", () => {
    const article = extractText(
      "The bridge will stay closed until March, said the head of the highways agency, Mark Doyle. Repairs will cost more than expected, Doyle said on Friday.",
    );
    expect(quoteWith(article, "bridge will stay closed").text).toBe("The bridge will stay closed until March");
    expect(quoteWith(article, "bridge will stay closed").rule).toBe("indirect.inverted");
    expect(speakerOf(article, "bridge will stay closed")).toBe("Mark Doyle");
    expect(speakerOf(article, "Repairs will cost")).toBe("Mark Doyle");
    expect(article.speakers.find((s) => s.name === "Mark Doyle")?.role).toBe("head of the highways agency");
  });

  it("takes the clause an “according to” attaches to", () => {
    const article = extractText(
      "Exports fell 4% in May, according to the National Statistics Office. According to the Central Bank of Freedonia, reserves are at a record.",
    );
    expect(quoteWith(article, "Exports fell").text).toBe("Exports fell 4% in May");
    expect(speakerOf(article, "Exports fell")).toBe("National Statistics Office");
    expect(quoteWith(article, "reserves").text).toBe("reserves are at a record");
    expect(quoteWith(article, "reserves").rule).toBe("indirect.according-to");
  });

  it("makes reported speech with quoted words mixed, and scare quotes alone no quote", () => {
    const article = extractText(
      'Regulator chief Ines Kahl said the merger posed "a serious risk to competition" in the region. The deal was dubbed "Project Falcon" by bankers.',
    );
    const quote = quoteWith(article, "merger posed");
    expect(quote.kind).toBe("mixed");
    expect(quote.text).toBe('the merger posed "a serious risk to competition" in the region');
    expect(article.quotes.some((q) => q.text.includes("Project Falcon"))).toBe(false);
  });

  it("continues a participle and an elided subject with the speaker before", () => {
    const article = extractText(
      'Minister Olga Brandt defended the plan, arguing that it would create jobs. At the same time, accused the opposition of "scaremongering" over costs.',
    );
    expect(speakerOf(article, "create jobs")).toBe("Olga Brandt");
    expect(speakerOf(article, "the opposition of")).toBe("Olga Brandt");
    expect(quoteWith(article, "the opposition of").rule).toBe("mixed.elided-subject");
  });

  it("finds no speech in narration, passives or non-speaking subjects", () => {
    const article = extractText(
      "The castle is said to be haunted. The report said little about costs. Voters were told to bring identification. The tower has stood since 1420.",
    );
    expect(article.quotes).toEqual([]);
  });

  it("reports an unnamed group without inventing a speaker", () => {
    const article = extractText("Analysts said the company's debt would weigh on its shares for years.");
    expect(quoteWith(article, "debt would weigh").speakerKey).toBeNull();
    expect(quoteWith(article, "debt would weigh").mention).toBe("Analysts");
  });
});
