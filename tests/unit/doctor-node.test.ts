import { describe, expect, it } from "vitest";
import { checkNode } from "@/ops/doctor/checks";

describe("doctor: Node.js", () => {
  it("refuses Node 20 (end-of-life) and 22, naming the fix", () => {
    for (const version of ["20.20.2", "22.12.0"]) {
      const check = checkNode(version);
      expect(check.ok, version).toBe(false);
      expect(check.detail).toContain(`v${version} is end-of-life or unsupported; this site needs ≥ 24`);
      expect(check.detail).toContain("scripts/node24.sh");
    }
  });

  it("accepts Node 24 and newer", () => {
    for (const version of ["24.0.0", "24.21.0", "26.1.0"])
      expect(checkNode(version)).toMatchObject({ ok: true, detail: `v${version}` });
  });
});
