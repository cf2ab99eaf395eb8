import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { enquiryEnvSchema } from "@/features/enquiries/config";
import { readershipEnvSchema } from "@/features/readership/config";
import { envSchema } from "@/lib/env";

const documented = new Set(
  readFileSync(".env.example", "utf8")
    .split("\n")
    .map((line) => /^([A-Z][A-Z0-9_]*)=/.exec(line)?.[1])
    .filter(Boolean),
);

describe(".env.example", () => {
  it("lists every variable the configuration schemas read", () => {
    const read = [envSchema, enquiryEnvSchema, readershipEnvSchema].flatMap((schema) => Object.keys(schema.shape));
    expect(read.length).toBeGreaterThan(10);
    expect(read.filter((name) => !documented.has(name))).toEqual([]);
  });

  it("lists nothing the schemas do not read", () => {
    const read = new Set(
      [envSchema, enquiryEnvSchema, readershipEnvSchema].flatMap((schema) => Object.keys(schema.shape)),
    );
    expect([...documented].filter((name) => !read.has(name!))).toEqual([]);
  });
});
