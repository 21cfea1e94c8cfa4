import { expect, test } from "./console-guard";

const countOf = (text: string | null) =>
  Number(/of ([\d,]+) statements?/.exec(text ?? "")?.[1]?.replace(/,/g, "") ?? NaN);

test("filter the timeline by topic", async ({ page }) => {
  await page.goto("/");
  const summary = page.getByText(/most recent of|No statements match/);
  const everything = countOf(await summary.textContent());
  expect(everything).toBeGreaterThan(0);

  await page.getByLabel("Topic").selectOption("nato");
  await page.getByRole("button", { name: "Show" }).click();
  await expect(page).toHaveURL(/\?topic=nato$/);
  await expect(page.getByRole("link", { name: /Topic: NATO/ })).toBeVisible();
  const aboutNato = countOf(await summary.textContent());
  expect(aboutNato).toBeGreaterThan(0);
  expect(aboutNato).toBeLessThan(everything);
  await expect(page.getByRole("region", { name: "Timeline of statements" }).getByRole("article").first()).toBeVisible();

  await page.getByRole("link", { name: /Topic: NATO/ }).click();
  await expect(page).toHaveURL(/\/$/);
});

test("a topic page shows who spoke about it", async ({ page }) => {
  await page.goto("/topics");
  await page.getByRole("link", { name: "NATO", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "NATO" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Who spoke about it" })).toBeVisible();
  await expect(page.getByRole("rowheader", { name: /Maria Zakharova/ })).toBeVisible();
});

test("the home page works on a phone @mobile", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Speakers" })).toBeVisible();
  await expect(page.getByLabel("Search statements and claims")).toBeVisible();
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
});

test("a keyboard user can skip to the content", async ({ page }) => {
  await page.goto("/");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to content" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#main$/);
});
