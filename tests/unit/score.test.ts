import { describe, expect, it } from "vitest";
import { buildExtractedArticle } from "../eval/build-extracted-article";
import { checkCrossArticleClaims } from "../eval/claim-groups";
import { mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { corpusAt, listGoldCases } from "../eval/corpus";
import { isStatedOnCorrect } from "../eval/date-match";
import { findCrossArticleProblems, findGoldProblems } from "../eval/gold-integrity";
import { goldArticleSchema, type GoldArticle } from "../eval/gold-schema";
import { metricsOf } from "../eval/metrics";
import { isSameOrganizationName, isSamePersonName } from "../eval/name-match";
import { scoreArticle } from "../eval/score";

const BODY = [
  "“We will raise rates,” said Governor Jane Smith. She added that inflation was falling.",
  "John Brown, the finance minister, said: “The budget is balanced.”",
  "Mary Jones was not available for comment.",
].join("\n\n");

const RAISE = "We will raise rates";
const FALLING = "inflation was falling";
const BALANCED = "The budget is balanced.";

function makeGold(fields: Partial<GoldArticle> = {}): GoldArticle {
  return goldArticleSchema.parse({
    title: "Test article",
    publishedAt: null,
    quotes: [
      { kind: "direct", text: RAISE, speaker: "Jane Smith", statedOn: null },
      { kind: "indirect", text: FALLING, speaker: "Jane Smith", statedOn: null },
      { kind: "direct", text: BALANCED, speaker: "John Brown", statedOn: null },
    ],
    speakers: [
      { name: "Jane Smith", kind: "person", role: "Governor" },
      { name: "John Brown", kind: "person", role: "the finance minister" },
    ],
    notSpeakers: ["Mary Jones"],
    sameClaim: [],
    ...fields,
  });
}

function metricsFor(quotes: Parameters<typeof buildExtractedArticle>[1], gold = makeGold()) {
  return metricsOf(scoreArticle(buildExtractedArticle(BODY, quotes), gold, "test").counts);
}

const JANE_ONLY = { speakers: [{ name: "Jane Smith", kind: "person" as const, role: "Governor", aliases: [] }] };

const PERFECT = [
  { text: RAISE, speaker: "Jane Smith" },
  { text: FALLING, speaker: "Jane Smith", kind: "indirect" as const },
  { text: BALANCED, speaker: "John Brown" },
];

describe("scoreArticle", () => {
  it("gives 1.0 everywhere for a perfect prediction", () => {
    const metrics = metricsFor(PERFECT);
    expect(metrics).toMatchObject({
      precision: 1,
      recall: 1,
      f1: 1,
      attribution: 1,
      dateAccuracy: 1,
      directRecall: 1,
      directAttribution: 1,
    });
  });

  it("lowers recall, not precision, for a missed quote", () => {
    const metrics = metricsFor(PERFECT.slice(0, 2));
    expect(metrics.recall).toBeCloseTo(2 / 3);
    expect(metrics.precision).toBe(1);
    expect(metrics.directRecall).toBe(0.5);
  });

  it("lowers precision for a quote that is not in the gold file", () => {
    const metrics = metricsFor([
      ...PERFECT,
      { text: "Mary Jones was not available for comment", speaker: "Mary Jones" },
    ]);
    expect(metrics.precision).toBe(0.75);
    expect(metrics.recall).toBe(1);
  });

  it("lowers attribution for a wrong speaker", () => {
    const metrics = metricsFor([PERFECT[0]!, PERFECT[1]!, { text: BALANCED, speaker: "Jane Smith" }]);
    expect(metrics.recall).toBe(1);
    expect(metrics.attribution).toBeCloseTo(2 / 3);
    expect(metrics.directAttribution).toBe(0.5);
  });

  it("counts a missing speaker as wrong, and a speaker on an unattributed gold quote as wrong", () => {
    const gold = makeGold({ quotes: [{ kind: "direct", text: RAISE, speaker: null, statedOn: null }], speakers: [] });
    expect(metricsFor([{ text: RAISE, speaker: "Jane Smith" }], gold).attribution).toBe(0);
    expect(metricsFor([{ text: RAISE, speaker: null }], gold).attribution).toBe(1);
    expect(metricsFor([{ text: RAISE, speaker: null }]).attribution).toBe(0);
  });

  it("does not match spans that overlap less than half of the shorter one", () => {
    // "will raise rates" lies wholly inside the gold span (16/16 of the shorter);
    // "rates,” said Governor Jane" shares only "rates" (5/19 of the shorter, the gold span).
    expect(metricsFor([{ text: "will raise rates", speaker: "Jane Smith" }]).recall).toBeCloseTo(1 / 3);
    expect(metricsFor([{ text: "rates,” said Governor Jane", speaker: "Jane Smith" }]).recall).toBe(0);
  });

  it("matches a short predicted quote inside a longer gold span (overlap / shorter span)", () => {
    const metrics = metricsFor([{ text: "inflation", speaker: "Jane Smith" }]);
    expect(metrics.recall).toBeCloseTo(1 / 3);
  });

  it("matches one predicted span to at most one gold quote", () => {
    const metrics = metricsFor([
      {
        text: "We will raise rates,” said Governor Jane Smith. She added that inflation was falling",
        speaker: "Jane Smith",
      },
    ]);
    expect(metrics.recall).toBeCloseTo(1 / 3);
    expect(metrics.precision).toBe(1);
  });

  it("lets the correctly attributed one of two duplicate predictions match, and counts the other as a false positive", () => {
    for (const order of [
      ["Jane Smith", "John Brown"],
      ["John Brown", "Jane Smith"],
    ]) {
      const metrics = metricsFor([...order.map((speaker) => ({ text: RAISE, speaker })), PERFECT[1]!, PERFECT[2]!]);
      expect(metrics.attribution).toBe(1);
      expect(metrics.precision).toBe(0.75);
    }
  });

  it("counts notSpeakers that the pipeline lists as speakers", () => {
    const article = buildExtractedArticle(BODY, [
      ...PERFECT,
      { text: "Mary Jones was not available", speaker: "Ms. Jones" },
    ]);
    const score = scoreArticle(article, makeGold(), "test");
    expect(score.notSpeakerHits).toEqual(["Ms. Jones"]);
    expect(score.counts.notSpeakerHits).toBe(1);
  });

  it("scores statement dates among matched quotes", () => {
    const gold = makeGold({
      quotes: [{ kind: "direct", text: RAISE, speaker: "Jane Smith", statedOn: "2024-03-05" }],
      ...JANE_ONLY,
    });
    const onTheDay = { date: "2024-03-05", precision: "day" as const, phrase: "on Tuesday" };
    const dayBefore = { date: "2024-03-04", precision: "day" as const, phrase: "on Monday" };
    expect(metricsFor([{ text: RAISE, speaker: "Jane Smith", stated: onTheDay }], gold).dateAccuracy).toBe(1);
    expect(metricsFor([{ text: RAISE, speaker: "Jane Smith", stated: dayBefore }], gold).dateAccuracy).toBe(0);
    expect(metricsFor([{ text: RAISE, speaker: "Jane Smith" }], gold).dateAccuracy).toBe(0);
  });

  it("fails loudly when a gold text is not in the body", () => {
    const gold = makeGold({
      quotes: [{ kind: "direct", text: "We will cut rates", speaker: "Jane Smith", statedOn: null }],
      ...JANE_ONLY,
    });
    expect(() => scoreArticle(buildExtractedArticle(BODY, []), gold, "test")).toThrow(
      /not found in article body: "We will cut rates"/,
    );
  });

  it("checks same-claim pairs by shared claim index", () => {
    const gold = makeGold({ sameClaim: [[RAISE, BALANCED]] });
    const grouped = [{ ...PERFECT[0]!, claims: ["rates"] }, PERFECT[1]!, { ...PERFECT[2]!, claims: ["rates"] }];
    const apart = [{ ...PERFECT[0]!, claims: ["rates"] }, PERFECT[1]!, { ...PERFECT[2]!, claims: ["budget"] }];
    expect(metricsFor(grouped, gold).sameClaim).toBe(1);
    expect(metricsFor(apart, gold).sameClaim).toBe(0);
  });
});

describe("checkCrossArticleClaims", () => {
  const groups = [
    [
      { file: "a.txt", text: "x" },
      { file: "b.txt", text: "y" },
    ],
  ];
  const claim = (signature: string, isNegated = false) => ({ text: signature, signature, isNegated });
  it("groups quotes of different articles as the importer does, by claim similarity", () => {
    expect(checkCrossArticleClaims(groups, () => [claim("!war @nato @russia")]).grouped).toBe(1);
    expect(
      checkCrossArticleClaims(groups, (file) => [claim(file === "a.txt" ? "!war @nato @russia" : "!rais rate")])
        .grouped,
    ).toBe(0);
    expect(checkCrossArticleClaims(groups, (file) => [claim("!war @nato @russia", file === "b.txt")]).grouped).toBe(0);
    expect(checkCrossArticleClaims(groups, () => null).grouped).toBe(0);
  });
});

describe("isSamePersonName", () => {
  it.each([
    ["Sergey Lavrov", "Sergei Lavrov"],
    ["Peskov", "Dmitry Peskov"],
    ["President Vladimir Putin", "Vladimir Putin"],
    ["Volodymyr Zelensky", "Volodymyr Zelenskyy"],
    ["Katrin Mueller", "Katrin Müller"],
    ["Muhammad al-Obaidi", "Mohammed al-Obaidi"],
    ["Jose Ferreira", "José Ferreira"],
    ["Maria Zajárova", "Maria Zakharova"],
    ["Dr. Priya Nair", "Priya Nair"],
  ])("accepts %s as %s", (predicted, gold) => expect(isSamePersonName(predicted, gold)).toBe(true));

  it.each([
    ["Dmitry Medvedev", "Dmitry Peskov"],
    ["Jens Hofmann", "Hans Hofmann"],
    ["Mohammed Shia al-Sudani", "Mohammed al-Obaidi"],
  ])("rejects %s as %s", (predicted, gold) => expect(isSamePersonName(predicted, gold)).toBe(false));
});

describe("isSameOrganizationName", () => {
  it.each([
    ["A Department of Health and Social Care spokesperson", "Department of Health and Social Care"],
    ["Office of Housing", "Executive Office of Housing"],
    ["the attorney general's office", "attorney general’s office"],
  ])("accepts %s as %s", (predicted, gold) => expect(isSameOrganizationName(predicted, gold)).toBe(true));

  it.each([
    ["Centers", "Centers for Disease Control and Prevention"],
    ["the bank", "Bank of Canada"],
    ["Ministry of Finance", "Ministry of Health"],
  ])("rejects %s as %s", (predicted, gold) => expect(isSameOrganizationName(predicted, gold)).toBe(false));
});

describe("isStatedOnCorrect", () => {
  it("compares coarse dates at their own precision", () => {
    expect(isStatedOnCorrect({ date: "2019-01-01", precision: "year", phrase: "in 2019" }, "2019")).toBe(true);
    expect(isStatedOnCorrect({ date: "2019-06-01", precision: "month", phrase: "in June 2019" }, "2019")).toBe(false);
    expect(isStatedOnCorrect({ date: "2024-02-12", precision: "week", phrase: "last week" }, "2024-W07")).toBe(true);
    expect(isStatedOnCorrect({ date: "2024-02-11", precision: "week", phrase: "last week" }, "2024-W07")).toBe(true);
    expect(isStatedOnCorrect({ date: "2024-02-19", precision: "week", phrase: "this week" }, "2024-W07")).toBe(false);
    expect(isStatedOnCorrect({ date: null, precision: "unknown", phrase: null }, null)).toBe(true);
    expect(isStatedOnCorrect({ date: "2024-02-20", precision: "day", phrase: null }, null)).toBe(false);
  });
});

describe("the gold check", () => {
  /** Problems the check finds in a gold file written for `article`. */
  function problemsOf(article: string, gold: Partial<GoldArticle>): string[] {
    const dir = mkdtempSync(join(tmpdir(), "gold-check-"));
    const articlePath = join(dir, "case.txt");
    const goldPath = join(dir, "case.json");
    writeFileSync(articlePath, article);
    const full = { title: null, publishedAt: null, quotes: [], speakers: [], notSpeakers: [], sameClaim: [], ...gold };
    writeFileSync(goldPath, JSON.stringify(full));
    return findGoldProblems({ group: "fixture", name: "case", articlePath, goldPath });
  }
  const speakers = [{ name: "Ann Lee", kind: "person" as const, role: null, aliases: [] }];
  const direct = (text: string) => ({ kind: "direct" as const, text, speaker: "Ann Lee", statedOn: null });

  it("accepts quotes closed after a stop, in straight single marks, and a date marker under the headline", () => {
    const article =
      "Council backs plan\ndate 2025-03-11\n\nAnn Lee called it “long overdue.” 'We are ready,' she said.";
    const gold = { title: "Council backs plan", publishedAt: "2025-03-11", speakers };
    expect(problemsOf(article, { ...gold, quotes: [direct("long overdue"), direct("We are ready")] })).toEqual([]);
  });

  it("reports a direct quote outside marks, an indirect one inside them, and a wrong date", () => {
    const article = "Council backs plan\ndate 2025-03-11\n\nAnn Lee said the plan was late. “It is ready,” she said.";
    const indirect = { kind: "indirect" as const, text: "It is ready", speaker: "Ann Lee", statedOn: null };
    const gold = { title: "Council backs plan", publishedAt: "2025-03-12", speakers };
    expect(problemsOf(article, { ...gold, quotes: [direct("the plan was late"), indirect] })).toEqual([
      "publishedAt 2025-03-12 but the article gives 2025-03-11",
      'direct quote not inside quotation marks: direct "the plan was late"',
      'indirect quote that follows an opening mark: indirect "It is ready"',
    ]);
  });
});

describe("gold files", () => {
  const cases = listGoldCases();

  it("cover the five seeds and at least 14 fixtures", () => {
    expect(cases.filter((goldCase) => goldCase.group === "seed")).toHaveLength(5);
    expect(cases.filter((goldCase) => goldCase.group === "fixture").length).toBeGreaterThanOrEqual(14);
  });

  it.each(cases.map((goldCase) => [goldCase.name, goldCase] as const))("%s agrees with its article", (_, goldCase) => {
    expect(findGoldProblems(goldCase)).toEqual([]);
  });

  it("cross-article files point at real gold quotes and names", () => {
    expect(findCrossArticleProblems(cases)).toEqual([]);
  });
});

describe("held-out gold sets", () => {
  const folders = readdirSync("tests/heldout")
    .filter((name) => name.startsWith("set-"))
    .sort();

  // it.each over an empty list would run nothing and pass.
  it("are all there", () => {
    expect(folders).toEqual([
      "set-1",
      "set-10",
      "set-11",
      "set-12",
      "set-13",
      "set-14",
      "set-2",
      "set-3",
      "set-4",
      "set-5",
      "set-6",
      "set-7",
      "set-8",
      "set-9",
    ]);
  });

  it.each(folders)("%s agrees with its articles", (folder) => {
    const corpus = corpusAt(join("tests/heldout", folder));
    const cases = listGoldCases(corpus);
    expect(cases.length).toBeGreaterThanOrEqual(8);
    expect(cases.flatMap((goldCase) => findGoldProblems(goldCase))).toEqual([]);
    expect(findCrossArticleProblems(cases, corpus)).toEqual([]);
  });
});
