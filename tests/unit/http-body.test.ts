// Body kinds, parsing and the origin check (lib/http/body.ts).
import { describe, expect, it } from "vitest";
import { bodyKind, originAllowed, parseBody } from "@/lib/http/body";

describe("request handling", () => {
  const request = (headers: Record<string, string>) =>
    new Request("http://127.0.0.1:3000/api/enquiry", { method: "POST", headers });
  it("knows the two accepted content types", () => {
    expect(bodyKind("application/json; charset=utf-8")).toBe("json");
    expect(bodyKind("application/x-www-form-urlencoded")).toBe("form");
    expect(bodyKind("text/plain")).toBeUndefined();
    expect(parseBody("json", "[1]")).toBeUndefined();
    expect(parseBody("form", "name=A+B&consent=on")).toEqual({ name: "A B", consent: "on" });
  });
  it("accepts posts from SITE_URL's origin and origin-less ones, and no other: not even one the headers vouch for", () => {
    expect(originAllowed(request({}), "https://log.example.com")).toBe(true);
    expect(originAllowed(request({ origin: "https://log.example.com" }), "https://log.example.com")).toBe(true);
    expect(
      originAllowed(request({ origin: "http://127.0.0.1:3000", host: "127.0.0.1:3000" }), "https://log.example.com"),
    ).toBe(false);
    const forwarded = {
      origin: "https://evil.example",
      "x-forwarded-host": "evil.example",
      "x-forwarded-proto": "https",
    };
    expect(originAllowed(request(forwarded), "https://log.example.com")).toBe(false);
  });
});
