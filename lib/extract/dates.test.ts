import { describe, expect, it } from "vitest";
import type { FuzzyDate } from "./types";
import { resolveStatedDate } from "./dates";

// Tuesday.
const published: FuzzyDate = { date: "2023-07-11", precision: "day", phrase: null };
const unknownPublication: FuzzyDate = { date: null, precision: "unknown", phrase: null };

describe("resolveStatedDate against a publication date", () => {
  it.each([
    ["On Tuesday, the spokeswoman said the summit had failed.", "2023-07-11", "day", "On Tuesday"],
    ["The minister said on Thursday that talks would resume.", "2023-07-06", "day", "on Thursday"],
    ["“Rates will stay high,” the governor told reporters Monday.", "2023-07-10", "day", "Monday"],
    ["The coach said last Tuesday that he would stay.", "2023-07-04", "day", "last Tuesday"],
    ["The court said yesterday it would hear the appeal.", "2023-07-10", "day", "yesterday"],
    ["The company today announced it would cut 2,000 jobs.", "2023-07-11", "day", "today"],
    ["He warned last week that prices would rise.", "2023-07-03", "week", "last week"],
    ["The foreign minister warned this week that troops would clash.", "2023-07-10", "week", "this week"],
    ["Earlier this month, the health agency said cases were falling.", "2023-07-01", "month", "Earlier this month"],
    ["The striker said in March that he wanted to leave.", "2023-03-01", "month", "in March"],
    ["The judge ruled on 3 March that the law was void.", "2023-03-03", "day", "on 3 March"],
    ["The prime minister said in November that he would not resign.", "2022-11-01", "month", "in November"],
    ["In 2019, the regulator said the merger was dead.", "2019-01-01", "year", "In 2019"],
    ["The bank said three days ago that it would raise rates.", "2023-07-08", "day", "three days ago"],
  ])("%s → %s (%s)", (context, date, precision, phrase) => {
    expect(resolveStatedDate(context, published)).toEqual({ date, precision, phrase });
  });

  it("does not read a month in a name that begins like one", () => {
    const unknown = { date: null, precision: "unknown", phrase: null };
    expect(resolveStatedDate("Governor Tomáš Novák told a news conference.", published)).toEqual(unknown);
    expect(resolveStatedDate("The conductor, 5 Janáček scores in hand, said little.", published)).toEqual(unknown);
    expect(resolveStatedDate("Governor Novák said in Nov. that rates would hold.", published).date).toBe("2022-11-01");
  });

  it("keeps explicit full dates, even in the past of another year", () => {
    expect(resolveStatedDate("The court ruled on March 3, 2021 that the law was void.", published)).toEqual({
      date: "2021-03-03",
      precision: "day",
      phrase: "on March 3, 2021",
    });
  });

  it("prefers the anchor of the attribution over dates inside the statement", () => {
    const context = "The company, founded in 1998, said on Wednesday it would cut 2,000 jobs by 2030.";
    expect(resolveStatedDate(context, published).date).toBe("2023-07-05");
    expect(resolveStatedDate("Aid has flowed since February 2022, officials said on Friday.", published).phrase).toBe(
      "on Friday",
    );
  });

  it("ignores time expressions inside the quotation marks and future events", () => {
    expect(resolveStatedDate("“We will meet on Friday,” she said.", published)).toEqual({
      date: null,
      precision: "unknown",
      phrase: null,
    });
    expect(resolveStatedDate("She said the vote will be held on Thursday.", published).date).toBeNull();
  });

  it("returns unknown without a phrase when there is no time expression", () => {
    expect(resolveStatedDate("The bank said in a statement that rates would stay high.", published)).toEqual({
      date: null,
      precision: "unknown",
      phrase: null,
    });
  });
});

describe("resolveStatedDate without a publication date", () => {
  it("keeps the phrase of a relative expression but invents no date", () => {
    expect(resolveStatedDate("On Tuesday, she said the summit had failed.", unknownPublication)).toEqual({
      date: null,
      precision: "unknown",
      phrase: "On Tuesday",
    });
  });

  it("resolves an explicit full date on its own", () => {
    expect(resolveStatedDate("On March 3, 2021, she said the deal was off.", unknownPublication)).toEqual({
      date: "2021-03-03",
      precision: "day",
      phrase: "On March 3, 2021",
    });
  });

  it("does not resolve day-level expressions against a month-precision publication", () => {
    const monthOnly: FuzzyDate = { date: "2023-07-01", precision: "month", phrase: null };
    expect(resolveStatedDate("He said on Monday that he would run.", monthOnly).date).toBeNull();
    expect(resolveStatedDate("He said this month that he would run.", monthOnly)).toEqual({
      date: "2023-07-01",
      precision: "month",
      phrase: "this month",
    });
  });
});
