import { execFileSync, spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";

/**
 * The units in deploy/, checked the only way this machine can: offline, with Debian's systemd-analyze (no
 * systemd runs here, so no unit is started). `verify` reads each unit as systemd would load it; `security`
 * scores the sandbox. What neither shows (that the service starts, that its syscall filter lets Node run) is
 * said in the README.
 */
const DEPLOY = "deploy";
const NODE = "/opt/operators-log/node24/bin/node";
const available = spawnSync("systemd-analyze", ["--version"]).status === 0;
if (!available && process.env.CI)
  throw new Error("systemd-analyze is missing: .ci/run installs Debian's systemd package");

const units = readdirSync(DEPLOY).filter((f) => /\.(service|timer)$/.test(f));
// verify checks that ExecStart= names an executable: where Node 24 is not under /opt (the machine's own Node is
// 24), the units are checked as copies naming this Node instead, and the output says so.
const dir = mkdtempSync(path.join(os.tmpdir(), "units-"));
for (const unit of units) {
  const text = readFileSync(path.join(DEPLOY, unit), "utf8");
  if (existsSync(NODE)) copyFileSync(path.join(DEPLOY, unit), path.join(dir, unit));
  else writeFileSync(path.join(dir, unit), text.replaceAll(NODE, process.execPath));
}
if (!existsSync(NODE))
  console.log(`systemd units: ${NODE} is absent here; verified with ExecStart=${process.execPath}`);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.skipIf(!available)("the systemd units in deploy/", () => {
  it("has the server, the publish service and its timer", () => {
    expect(units.sort()).toEqual([
      "operators-log-publish.service",
      "operators-log-publish.timer",
      "operators-log.service",
    ]);
  });

  it("pass systemd-analyze verify with nothing to say", () => {
    const run = spawnSync("systemd-analyze", ["verify", ...units.map((u) => path.join(dir, u))], { encoding: "utf8" });
    expect(`${run.stdout}${run.stderr}`.trim()).toBe("");
    expect(run.status).toBe(0);
  });

  for (const unit of units.filter((u) => u.endsWith(".service"))) {
    it(`${unit}: exposure at most 2.0 in systemd-analyze security --offline=true`, () => {
      const report = execFileSync("systemd-analyze", ["security", "--offline=true", path.join(dir, unit)], {
        encoding: "utf8",
      });
      const score = Number(/Overall exposure level for \S+: ([\d.]+)/.exec(report)?.[1]);
      console.log(`systemd units: ${unit}: exposure ${score}`);
      expect(score).toBeLessThanOrEqual(2.0);
      // The directives the issue names are each on (a regression shows as a ✗ line naming it).
      for (const directive of [
        "PrivateDevices=",
        "ProtectKernelTunables=",
        "RestrictNamespaces=",
        "UMask=",
        "ProtectProc=",
      ]) {
        expect(report).not.toMatch(new RegExp(`✗ ${directive}`));
      }
    });
  }

  it("names no read-write path a fresh release may lack, and keeps MemoryDenyWriteExecute off (V8 needs it)", () => {
    const server = readFileSync(path.join(DEPLOY, "operators-log.service"), "utf8");
    const paths = /^ReadWritePaths=(.+)$/m.exec(server)![1]!.split(/\s+/);
    for (const p of paths.filter((p) => p.includes("/current/"))) expect(p.startsWith("-"), p).toBe(true);
    expect(server).not.toMatch(/^MemoryDenyWriteExecute=/m);
  });
});
