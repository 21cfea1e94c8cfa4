import { expect, test } from "./console-guard";

test("read an article's summary and follow a summary sentence to its statement", async ({ page }) => {
  await page.goto("/articles");
  await expect(page.getByRole("heading", { level: 1, name: "Articles" })).toBeVisible();
  await expect(page.getByRole("main").getByRole("listitem")).toHaveCount(5);
  await page.getByRole("link", { name: /Do you really think that NATO is not at war/ }).click();

  await expect(page.getByRole("heading", { level: 2, name: "Summary" })).toBeVisible();
  await expect(page.getByText("11 July 2023").first()).toBeVisible();
  const summary = page.getByRole("region", { name: "Summary" });
  await expect(summary.getByRole("listitem").first()).not.toBeEmpty();
  const citation = summary.getByRole("link", { name: /cited statement/ }).first();
  const anchor = (await citation.getAttribute("href")) ?? "";
  expect(anchor).toMatch(/^#quote-/);
  await citation.click();
  await expect(page.locator(`[id="${anchor.slice(1)}"]`)).toBeInViewport();
});

test("article text is shown as text: nothing in it becomes markup", async ({ page }) => {
  await page.goto("/articles");
  const articleLinks = page.getByRole("main").getByRole("heading", { level: 2 }).getByRole("link");
  // all() does not wait: wait for the list before reading it, or a slow render reads none.
  await expect(articleLinks).toHaveCount(5);
  const hrefs = await Promise.all((await articleLinks.all()).map((link) => link.getAttribute("href")));
  for (const href of hrefs) {
    await page.goto(href ?? "/");
    const main = page.getByRole("main");
    await expect(main.getByRole("heading", { name: "Article text" })).toBeVisible();
    await expect(main.locator("script, iframe, img, object, embed, style")).toHaveCount(0);
    // Every statement in the text is marked and links to its permalink.
    const marks = await main.locator("mark[id^='quote-']").count();
    expect(marks).toBeGreaterThan(0);
  }
});

test("an unknown article is a 404 page", async ({ page }) => {
  const response = await page.goto("/articles/no-such-article");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "No article has this id" })).toBeVisible();
});
