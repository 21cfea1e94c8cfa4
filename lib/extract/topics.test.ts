import { describe, expect, it } from "vitest";
import { buildEntityLexicon, canonicalEntity, detectTopics } from "./topics";

const keysOf = (text: string, body = text) => detectTopics(text, buildEntityLexicon(body)).map((topic) => topic.key);

describe("detectTopics from the general gazetteer", () => {
  it("finds countries by name, demonym and seat of government", () => {
    const topics = detectTopics(
      "Moscow said Russian troops had left Kyiv’s outskirts, the Kremlin added.",
      buildEntityLexicon(""),
    );
    const russia = topics.find((topic) => topic.key === "russia");
    expect(russia?.aliases).toEqual(["Moscow", "Russian", "Kremlin"]);
    expect(topics.map((topic) => topic.key)).toContain("ukraine");
  });

  it("reads a capital after a locative preposition as the city, not the government", () => {
    const topics = detectTopics("Leaders met in Vilnius; Washington was not invited.", buildEntityLexicon(""));
    expect(topics.find((topic) => topic.key === "vilnius")?.kind).toBe("place");
    expect(topics.find((topic) => topic.key === "united-states")?.aliases).toEqual(["Washington"]);
  });

  it("finds organizations by acronym, matching acronyms only as written", () => {
    expect(keysOf("The ECB and the IMF disagreed with the WHO.")).toEqual(
      expect.arrayContaining(["ecb", "imf", "who"]),
    );
    expect(keysOf("Those who voted were few.")).not.toContain("who");
  });

  it("does not take a person's given name or a newspaper for a place", () => {
    expect(keysOf("Jordan Peterson spoke to the Washington Post.")).toEqual([]);
  });

  it("adds general subjects from cue words", () => {
    expect(keysOf("The central bank raised interest rates to fight inflation.")).toContain("economy");
    expect(keysOf("The striker scored twice as the team won the championship.")).toContain("sport");
    expect(keysOf("The team met on Monday.")).not.toContain("sport");
  });
});

describe("buildEntityLexicon from the article", () => {
  it("learns acronyms the article defines, in both orders", () => {
    const body =
      "The Consumer Protection Bureau (CPB) fined the lender. Later the CPB said more fines would follow. " +
      "Analysts at ZEW (Zentrum Europaeische Wirtschaftsforschung) agreed.";
    const lexicon = buildEntityLexicon(body);
    expect(canonicalEntity("CPB", lexicon)).toBe("cpb");
    expect(canonicalEntity("Consumer Protection Bureau", lexicon)).toBe("cpb");
    expect(canonicalEntity("ZEW", lexicon)).toBe("zew");
  });

  it("resolves generic anaphora to the most salient entity of that kind", () => {
    const body =
      "NATO leaders met. NATO said more troops would come, and the EU agreed. " +
      "Russia said the alliance was at war with it, while the bloc stayed silent.";
    const topics = detectTopics("the alliance is at war with Moscow", buildEntityLexicon(body));
    expect(topics.map((topic) => topic.key)).toEqual(["nato", "russia", "war"]);
    expect(topics[0]?.aliases).toEqual(["the alliance"]);
  });

  it("resolves modified anaphora but not one tied to another country", () => {
    const lexicon = buildEntityLexicon("NATO said it would help. NATO ministers met.");
    expect(canonicalEntity("the Western military coalition", lexicon)).toBe("nato");
    expect(canonicalEntity("the Russian-led alliance", lexicon)).toBeNull();
  });

  it("reads a passage of the body as it would read the passage alone", () => {
    const body = "NATO met again. Officials said the alliance raised interest rates, and the bloc agreed.";
    const lexicon = buildEntityLexicon(body);
    const passage = (text: string) => detectTopics(text, lexicon, body.indexOf(text));
    const subjectAliases = (topics: ReturnType<typeof detectTopics>) =>
      topics.find((t) => t.key === "economy")?.aliases;
    // A two-word cue counts only when the passage holds both words.
    expect(subjectAliases(passage("the alliance raised interest rates"))).toEqual(["interest rates"]);
    expect(subjectAliases(passage("the alliance raised interest"))).toBeUndefined();
    expect(passage("the alliance raised interest").map((topic) => topic.key)).toEqual(["nato"]);
    expect(passage("and the bloc agreed").map((topic) => topic.aliases)).toEqual([["the bloc"]]);
    expect(passage("NATO met again").map((topic) => topic.key)).toEqual(["nato"]);
  });

  it("leaves generic anaphora unresolved when no entity of that kind is mentioned", () => {
    expect(canonicalEntity("the bank", buildEntityLexicon("The minister spoke about taxes."))).toBeNull();
  });

  it("names known organizations by words of their full name plus a generic head", () => {
    const lexicon = buildEntityLexicon("Ministers of the Atlantic Alliance met.");
    expect(canonicalEntity("the Atlantic Alliance", lexicon)).toBe("nato");
    expect(canonicalEntity("the North Atlantic bloc", lexicon)).toBe("nato");
    expect(canonicalEntity("the Eurasian Economic Union", lexicon)).toBeNull();
  });

  it("learns organizations the article names with a head noun, in either word order", () => {
    const lexicon = buildEntityLexicon(
      "The Ministry of Health said cases fell. Later the Health Ministry warned of a new wave, and the ministry asked for calm.",
    );
    expect(canonicalEntity("Health Ministry", lexicon)).toBe(canonicalEntity("Ministry of Health", lexicon));
    expect(canonicalEntity("the ministry", lexicon)).toBe(canonicalEntity("Ministry of Health", lexicon));
  });
});
