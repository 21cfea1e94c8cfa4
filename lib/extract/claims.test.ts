import { describe, expect, it } from "vitest";
import type { ExtractedClaim } from "./types";
import { CLAIM_MATCH_THRESHOLD, claimSimilarity, extractClaims } from "./claims";
import { buildEntityLexicon } from "./topics";

const lexicon = buildEntityLexicon(
  "NATO leaders met in Vilnius. NATO said the alliance would help Ukraine. The Federal Reserve raised rates. The Fed chair spoke.",
);
const claim = (text: string, kind: "direct" | "indirect" = "direct"): ExtractedClaim => {
  const claims = extractClaims(text, kind, lexicon);
  expect(claims).toHaveLength(1);
  return claims[0] as ExtractedClaim;
};
const isGrouped = (a: string, b: string) => claimSimilarity(claim(a), claim(b)) >= CLAIM_MATCH_THRESHOLD;

describe("extractClaims", () => {
  it("words a claim canonically, with entity aliases replaced by canonical names", () => {
    expect(claim("the alliance is at war with Moscow")).toEqual({
      text: "NATO is at war with Russia",
      signature: "!war @nato @russia",
      isNegated: false,
    });
  });

  it("reads a rhetorical question as the assertion it makes", () => {
    expect(claim("Do you really think that NATO is not at war with Russia?")).toEqual({
      text: "NATO is at war with Russia",
      signature: "!war @nato @russia",
      isNegated: false,
    });
    expect(claim("Isn't it obvious that the bloc wants war?").text).toBe("NATO wants war");
    expect(claim("Do you really believe the Fed will cut rates?")).toMatchObject({ isNegated: true });
  });

  it("strips discourse markers and framing, and undoes clefts", () => {
    const claims = extractClaims(
      "In fact, it's NATO that supplies the weapons; there is no doubt about it.",
      "direct",
      lexicon,
    );
    expect(claims.map((found) => found.text)).toEqual(["NATO supplies the weapons"]);
    expect(claim("However, there is no doubt that inflation has peaked.").text).toBe("Inflation has peaked");
  });

  it("marks negated propositions, counting double negation as positive", () => {
    expect(claim("NATO is not at war with Russia").isNegated).toBe(true);
    expect(claim("The vaccine has never been tested on children").isNegated).toBe(true);
    expect(claim("It is not true that nobody wants peace").isNegated).toBe(false);
    expect(claim("The deal not only helps farmers but also exporters").isNegated).toBe(false);
  });

  it("skips greetings, genuine questions and verbless fragments", () => {
    expect(extractClaims("Thank you very much, everyone.", "direct", lexicon)).toEqual([]);
    expect(extractClaims("What will happen to the ceasefire next?", "direct", lexicon)).toEqual([]);
    expect(extractClaims("at war", "direct", lexicon)).toEqual([]);
  });

  it("gives one claim per assertive sentence, at most three", () => {
    const text = "Prices are rising. Wages are falling. Rents have doubled. Savings are gone.";
    expect(extractClaims(text, "direct", lexicon).map((found) => found.text)).toEqual([
      "Prices are rising",
      "Wages are falling",
      "Rents have doubled",
    ]);
  });

  it("drops the complementizer of an indirect quote", () => {
    expect(claim("that the Fed would raise interest rates", "indirect").text).toBe(
      "The Federal Reserve would raise interest rates",
    );
  });
});

describe("claimSimilarity", () => {
  it.each([
    ["NATO is at war with Russia", "Do you really think that NATO is not at war with Russia?"],
    ["NATO is at war with Russia", "the Western military coalition is at war with Russia"],
    ["NATO is at war with Russia", "The alliance is waging war against Moscow."],
    ["The Fed will raise interest rates", "The Federal Reserve is set to raise rates"],
    ["China is the biggest threat to global security", "China poses the biggest threat to global security"],
    ["The court's ruling violates the constitution", "The ruling violated the constitution"],
  ])("groups paraphrases: %s / %s", (a, b) => {
    expect(isGrouped(a, b)).toBe(true);
  });

  it.each([
    ["NATO is at war with Russia", "NATO supplies weapons to Ukraine"],
    ["NATO is at war with Russia", "NATO wants war"],
    ["NATO is at war with Russia", "NATO wants peace with Russia"],
    ["The Fed will raise interest rates", "The Fed will cut interest rates"],
    ["Prices will rise next year", "Unemployment will rise next year"],
    ["The striker will leave the club this summer", "The striker will stay at the club"],
  ])("keeps apart different propositions about the same things: %s / %s", (a, b) => {
    expect(isGrouped(a, b)).toBe(false);
  });

  it("scores opposite polarity as zero", () => {
    expect(claimSimilarity(claim("NATO is at war with Russia"), claim("NATO is not at war with Russia"))).toBe(0);
  });
});

describe("extractClaims on reported speech", () => {
  it("reads the object of an accusation as a claim", () => {
    expect(claim("NATO of being interested in prolonging the war", "indirect").text).toBe(
      "NATO is interested in prolonging the war",
    );
    expect(claim("the regulators of deliberately ignoring the risks", "indirect").text).toBe(
      "The regulators are deliberately ignoring the risks",
    );
  });

  it("does not repeat an acronym defined after a replaced full name", () => {
    expect(claim("the summit of the North Atlantic Treaty Organization (NATO) failed", "indirect").text).toBe(
      "The summit of the NATO failed",
    );
  });
});
