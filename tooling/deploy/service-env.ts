// The environment the service will have: the unit's Environment= lines, then its EnvironmentFile (which systemd
// lets override them), so that the doctor checks a release with the settings it will run with.
import { readFileSync } from "node:fs";

function unquote(value: string): string {
  const v = value.trim();
  return /^(["']).*\1$/.test(v) ? v.slice(1, -1) : v;
}

/** KEY=value lines; blank lines and # comments skipped. */
export function parseEnvFile(text: string): Record<string, string> {
  const env: Record<string, string> = {};
  for (const line of text.split("\n")) {
    const m = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)=(.*)$/.exec(line);
    if (m && !line.trim().startsWith("#")) env[m[1]!] = unquote(m[2]!);
  }
  return env;
}

/** Every Environment=KEY=value of a unit file (one assignment a line, as deploy/*.service writes them). */
export function unitEnvironment(unitText: string): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [, assignment] of unitText.matchAll(/^Environment=(.+)$/gm)) {
    const m = /^"?([A-Za-z_][A-Za-z0-9_]*)=(.*?)"?$/.exec(assignment!.trim());
    if (m) env[m[1]!] = m[2]!;
  }
  return env;
}

export function serviceEnvironment(unitFile: string, envFile: string): Record<string, string> {
  const fromFile = (() => {
    try {
      return parseEnvFile(readFileSync(envFile, "utf8"));
    } catch {
      return {};
    }
  })();
  return { ...unitEnvironment(readFileSync(unitFile, "utf8")), ...fromFile };
}
