import { expect, test } from "./console-guard";

test("the home page shows what the knowledge base holds, read from the database", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: "saidwhat" })).toBeVisible();
  await expect(page.getByText(/5 articles/)).toBeVisible();
});
