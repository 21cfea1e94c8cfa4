import { expect, test } from "./console-guard";

test("search a claim, open a statement's permalink, and land on it in the article", async ({ page }) => {
  await page.goto("/");
  await page.getByLabel("Search statements and claims").fill('"at war"');
  await page.getByRole("button", { name: "Search", exact: true }).click();
  await expect(page).toHaveURL(/\/claims\?q=%22at\+war%22/);
  await expect(page.getByRole("heading", { name: /Matching claims/ })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Matching statements" })).toBeVisible();

  const first = page.getByRole("main").getByRole("article").first();
  await expect(first.locator("mark").first()).toHaveText(/war/i);
  const words = (await first.getByRole("blockquote").innerText()).replace(/^“|”$/g, "").trim();
  await first.getByRole("link", { name: "Permalink" }).click();

  await expect(page).toHaveURL(/\/quotes\/[\w-]+$/);
  const quoteId = new URL(page.url()).pathname.split("/").at(-1) ?? "";
  await expect(page.getByRole("heading", { level: 1 })).toContainText(words);
  await expect(page.getByRole("heading", { name: "In context" })).toBeVisible();
  await expect(page.getByLabel("Citation (plain text)")).toHaveValue(new RegExp(`/quotes/${quoteId}`));
  const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? "{}") as Record<
    string,
    unknown
  >;
  expect(jsonLd["@type"]).toBe("Quotation");
  expect(jsonLd.text).toBe(words);

  await page.getByRole("link", { name: "Read it in the full article →" }).click();
  await expect(page).toHaveURL(new RegExp(`/articles/[\\w-]+#quote-${quoteId}$`));
  const marked = page.locator(`[id="quote-${quoteId}"]`);
  await expect(marked).toBeInViewport();
  await expect(
    page
      .getByRole("main")
      .locator("mark")
      .filter({ hasText: words.slice(0, 20) })
      .first(),
  ).toBeVisible();
  await expect(page.getByRole("link", { name: /statement permalink/ }).first()).toBeVisible();
});

test("filters live in the URL and the results download as CSV", async ({ page, request }) => {
  await page.goto("/claims?q=NATO&speaker=maria-zakharova&kind=direct");
  await expect(page.getByRole("link", { name: /Speaker: Maria Zakharova/ })).toBeVisible();
  await expect(page.getByLabel("Speaker")).toHaveValue("maria-zakharova");
  const download = page.getByRole("link", { name: /Download CSV/ });
  const href = (await download.getAttribute("href")) ?? "";
  expect(href).toContain("format=csv");
  expect(href).toContain("speaker=maria-zakharova");
  const csv = await request.get(href);
  expect(csv.headers()["content-disposition"]).toMatch(/^attachment; filename="saidwhat-statements-/);
  const lines = (await csv.text())
    .replace(/^\uFEFF/, "")
    .split("\r\n")
    .filter(Boolean);
  expect(lines[0]).toMatch(/^id,permalink,speaker,/);
  expect(lines.length).toBeGreaterThan(1);
  for (const line of lines.slice(1)) expect(line).toContain("Maria Zakharova");

  await page.getByRole("link", { name: /Speaker: Maria Zakharova/ }).click();
  await expect(page).not.toHaveURL(/speaker=/);
  await expect(page).toHaveURL(/kind=direct/);
});

test("a search that finds nothing says what to try next", async ({ page }) => {
  await page.goto("/claims?q=Zakharovva");
  await expect(page.getByRole("heading", { name: /No statements match/ })).toBeVisible();
  await expect(page.getByRole("link", { name: "Maria Zakharova" })).toBeVisible();

  await page.goto("/claims?q=war&speaker=maria-zakharova&from=1990-01-01&to=1990-12-31");
  await expect(page.getByRole("heading", { name: /No statements match/ })).toBeVisible();
  await expect(page.getByRole("link", { name: /statements? match/ })).toBeVisible();
});

test("with no search, the page offers examples and the most-made claims", async ({ page }) => {
  await page.goto("/claims");
  await expect(page.getByRole("heading", { name: "Example searches" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Most-made claims" })).toBeVisible();
  await page.getByRole("link", { name: '"at war"' }).click();
  await expect(page.getByRole("heading", { name: "Matching statements" })).toBeVisible();
});
