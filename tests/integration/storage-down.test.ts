import { describe, expect, it } from "vitest";

// Storage that cannot be reached: every answer is the documented one, and nothing is half-done.
process.env.DATABASE_URL = "postgres://nobody@127.0.0.1:9/none";
const { postEnquiry } = await import("@/features/enquiries/api/post-enquiry");
const { getHealth } = await import("@/features/enquiries/api/health");

const post = (contentType: string, body: string) =>
  postEnquiry(
    new Request("http://127.0.0.1/api/enquiry", { method: "POST", headers: { "content-type": contentType }, body }),
  );

describe("with storage down", () => {
  it("an invalid no-JavaScript post gets the 503 page, not an empty 500", async () => {
    const { response } = await post("application/x-www-form-urlencoded", "name=Ada&email=not-an-email");
    expect(response.status).toBe(503);
    expect(response.headers.get("content-type")).toMatch(/text\/html/);
    expect(await response.text()).toContain("Your enquiry was not sent");
  });

  it("a JSON post gets a JSON 503 with Retry-After", async () => {
    const { response } = await post("application/json", JSON.stringify({ email: "x" }));
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe("60");
    expect((await response.json()).error).toMatch(/cannot be saved right now/);
  });

  it("health says degraded, and nothing about the database to a stranger", async () => {
    const response = await getHealth(new Request("http://127.0.0.1/api/health"));
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ status: "degraded" });
  });
});
