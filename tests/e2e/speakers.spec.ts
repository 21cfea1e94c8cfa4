import { expect, test } from "./console-guard";

test("find a speaker by a misspelt name and read what they said", async ({ page }) => {
  await page.goto("/speakers");
  await expect(page.getByRole("heading", { level: 1, name: "Speakers" })).toBeVisible();
  // Transliterated as in one of the seeds' articles, and missing its accent.
  await page.getByLabel("Filter by name").fill("Zajarova");
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(/\/speakers\?q=Zajarova/);
  await page.getByRole("link", { name: "Maria Zakharova" }).click();

  await expect(page.getByRole("heading", { level: 1, name: "Maria Zakharova" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Roles given in articles" })).toBeVisible();
  await expect(page.getByRole("blockquote").filter({ hasText: "at war" }).first()).toBeVisible();

  await page.getByRole("link", { name: "Article", exact: true }).click();
  await expect(page).toHaveURL(/group=article/);
  await expect(
    page
      .getByRole("heading", { level: 3 })
      .filter({ hasText: /^Article:/ })
      .first(),
  ).toBeVisible();
});

test("a name typed in Cyrillic finds the speaker, on the page and in the API", async ({ page, request }) => {
  await page.goto("/speakers");
  await page.getByLabel("Filter by name").fill("Захарова");
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page.getByText("1 speaker matches “Захарова”")).toBeVisible();
  await expect(page.getByRole("link", { name: "Maria Zakharova" })).toBeVisible();

  const response = await request.get(`/api/speakers?q=${encodeURIComponent("Мария Захарова")}`);
  expect(response.status()).toBe(200);
  const body = (await response.json()) as { data: { slug: string }[] };
  expect(body.data.map((speaker) => speaker.slug)).toEqual(["maria-zakharova"]);
});

test("search within a speaker's statements", async ({ page }) => {
  await page.goto("/speakers");
  await page.getByLabel("Filter by name").fill("Zakharova");
  await page.getByRole("button", { name: "Filter" }).click();
  await page.getByRole("link", { name: "Maria Zakharova" }).click();
  await page.getByLabel("Search Maria Zakharova’s statements").fill("war");
  await page.getByRole("button", { name: "Search", exact: true }).click();
  await expect(page).toHaveURL(/q=war/);
  const marks = page.getByRole("main").locator("blockquote mark");
  await expect(marks.first()).toHaveText(/war/i);
});

test("a speaker's Atom feed is well-formed and links to statement permalinks", async ({ page, request }) => {
  const response = await request.get("/speakers/maria-zakharova/feed.xml");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("application/atom+xml");
  const xml = await response.text();
  await page.goto("/speakers");
  const parsed = await page.evaluate((source) => {
    const document = new DOMParser().parseFromString(source, "application/xml");
    return {
      error: document.querySelector("parsererror")?.textContent ?? null,
      root: document.documentElement.namespaceURI,
      entries: [...document.querySelectorAll("entry > link[rel=alternate]")].map(
        (link) => link.getAttribute("href") ?? "",
      ),
    };
  }, xml);
  expect(parsed.error).toBeNull();
  expect(parsed.root).toBe("http://www.w3.org/2005/Atom");
  expect(parsed.entries.length).toBeGreaterThan(0);
  for (const href of parsed.entries) expect(href).toMatch(/\/quotes\/[\w-]+$/);
});

test("an unknown speaker is a 404 page", async ({ page }) => {
  const response = await page.goto("/speakers/no-such-speaker");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "No speaker has this address" })).toBeVisible();
});
