import { expect, test } from "@playwright/test";

test("the API answers a bad date with a 400 JSON error", async ({ request }) => {
  const response = await request.get("/api/quotes?from=11/07/2023");
  expect(response.status()).toBe(400);
  expect(response.headers()["content-type"]).toContain("application/json");
  const body = (await response.json()) as { error: { code: string; message: string } };
  expect(body.error.code).toBe("invalid_request");
  expect(body.error.message).toContain("from");
});

test("the API lists, filters and pages statements", async ({ request }) => {
  const response = await request.get("/api/quotes?q=war&pageSize=2");
  expect(response.status()).toBe(200);
  const body = (await response.json()) as {
    data: { id: string; text: string }[];
    page: number;
    pageSize: number;
    total: number;
  };
  expect(body.page).toBe(1);
  expect(body.pageSize).toBe(2);
  expect(body.data.length).toBeLessThanOrEqual(2);
  expect(body.total).toBeGreaterThanOrEqual(body.data.length);
  const [first] = body.data;
  expect(first).toBeDefined();
  const one = await request.get(`/api/quotes/${first?.id ?? ""}`);
  expect(((await one.json()) as { data: { text: string } }).data.text).toBe(first?.text);
});

test("unknown records and endpoints are 404 JSON errors", async ({ request }) => {
  for (const path of [
    "/api/quotes/nope",
    "/api/claims/nope",
    "/api/speakers/nope",
    "/api/articles/nope",
    "/api/no-such-endpoint",
  ]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(404);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe("not_found");
  }
});

test("speakers and claims are searchable through the API, claims as CSV too", async ({ request }) => {
  const speakers = (await (await request.get("/api/speakers?q=peskov")).json()) as {
    data: { slug: string; name: string }[];
  };
  expect(speakers.data.map((speaker) => speaker.name)).toContain("Dmitry Peskov");
  const csv = await request.get("/api/claims?q=war&format=csv");
  expect(csv.headers()["content-type"]).toContain("text/csv");
  expect(await csv.text()).toMatch(/^\uFEFFid,permalink,text,/);
});
