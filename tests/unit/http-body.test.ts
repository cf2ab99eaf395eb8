// Body kinds, parsing and the origin check (lib/http/body.ts).
import { describe, expect, it } from "vitest";
import {
  bodyKind,
  BodyTooLargeError,
  originAllowed,
  parseBody,
  readBodyLimited,
  readChunksLimited,
} from "@/lib/http/body";

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

describe("reading a body within its cap", () => {
  const chunk = (size: number) => new Uint8Array(size).fill(120);

  it("reads a web Request's stream or a Node request's chunks, and stops as soon as either is over the cap", async () => {
    const streamed = (sizes: number[]) => {
      let pulled = 0;
      const stream = new ReadableStream<Uint8Array>({
        pull(controller) {
          const size = sizes[pulled++];
          if (size === undefined) controller.close();
          else controller.enqueue(chunk(size));
        },
      });
      const request = new Request("http://127.0.0.1/api/enquiry", {
        method: "POST",
        body: stream,
        duplex: "half",
      } as RequestInit);
      return { request, pulled: () => pulled };
    };
    expect(await readBodyLimited(streamed([4, 4]).request, 10)).toBe("x".repeat(8));
    const over = streamed([6, 6, 6, 6]);
    await expect(readBodyLimited(over.request, 10)).rejects.toBeInstanceOf(BodyTooLargeError);
    expect(over.pulled()).toBeLessThan(4); // not read to the end
    async function* nodeChunks() {
      yield chunk(6);
      yield chunk(6);
      throw new Error("read past the cap");
    }
    await expect(readChunksLimited(nodeChunks(), undefined, 10)).rejects.toBeInstanceOf(BodyTooLargeError);
    await expect(readChunksLimited([chunk(1)], "11", 10)).rejects.toBeInstanceOf(BodyTooLargeError); // declared too long
  });
});
