import { expect, test } from "@playwright/test";

/** Search strings as they arrive in a URL, already percent-encoded: some are
 * not valid UTF-8 or hold characters PostgreSQL refuses (NUL). */
const STRANGE = [
  encodeURIComponent('"'),
  encodeURIComponent("'"),
  encodeURIComponent("\\"),
  encodeURIComponent("!:*&|<->"),
  encodeURIComponent("a & b | !c <-> d:*"),
  encodeURIComponent('\'); DROP TABLE "Quote"; --'),
  encodeURIComponent("war ".repeat(800)),
  encodeURIComponent("🇷🇺💥🤷🏽‍♀️"),
  encodeURIComponent('-"at war" OR -'),
  "%ED%A0%80",
  "%00war",
  "%C3%28",
  "%FF%FE",
  "%",
  "%E0%A4%A",
];

test("no search string makes the app fail", async ({ request }) => {
  for (const q of STRANGE) {
    for (const path of [
      "/claims",
      "/api/quotes",
      "/api/claims",
      "/speakers",
      "/api/speakers",
      "/speakers/maria-zakharova",
    ]) {
      const response = await request.get(`${path}?q=${q}`);
      expect(response.status(), `${path}?q=${q}`).toBeLessThan(500);
    }
  }
});

test("bad filter values are refused by the API and ignored, with a notice, by pages", async ({ page, request }) => {
  for (const query of [
    "page=0",
    "page=abc",
    "pageSize=1000",
    "kind=shouted",
    "sort=random",
    "from=2023-13-01",
    "to=yesterday",
    "from=2024&to=2023",
  ]) {
    const response = await request.get(`/api/quotes?${query}`);
    expect(response.status(), query).toBe(400);
  }
  const response = await page.goto("/claims?q=war&from=not-a-date");
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("main").getByRole("alert")).toContainText("not a date");
  await expect(page.getByRole("heading", { name: "Matching statements" })).toBeVisible();
});

test("malformed ids and paths are client errors, never server errors", async ({ request }) => {
  const paths = [
    "/speakers/%ED%A0%80",
    "/speakers/%C3%28/feed.xml",
    "/quotes/%00",
    "/claims/%FF",
    "/articles/%25",
    `/topics/${"x".repeat(500)}`,
    "/api/quotes/%00",
    "/api/speakers/%ED%A0%80",
    "/api/articles/..%2F..%2Fetc%2Fpasswd",
  ];
  for (const path of paths) {
    const response = await request.get(path);
    expect(response.status(), path).toBeGreaterThanOrEqual(400);
    expect(response.status(), path).toBeLessThan(500);
  }
});
