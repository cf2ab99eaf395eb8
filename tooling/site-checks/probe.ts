/**
 * What every area of the site checks shares: a fetch that counts requests and turns a failed request into a
 * failure line, the failure list itself, and the security headers every response must carry.
 */
export type Probe = {
  origin: string;
  failures: string[];
  log: (line: string) => void;
  fail: (line: string) => void;
  get: (url: string, init?: RequestInit) => Promise<Response | undefined>;
  checkHeaders: (url: string, response: Response) => void;
  requests: () => number;
};

const REQUIRED_HEADERS: [string, (v: string) => boolean, string][] = [
  [
    "content-security-policy",
    (v) => v.includes("frame-ancestors 'none'") && !v.includes("unsafe-eval"),
    "with frame-ancestors 'none' and no unsafe-eval",
  ],
  ["x-content-type-options", (v) => v === "nosniff", "nosniff"],
  ["referrer-policy", (v) => v.length > 0, "set"],
  ["permissions-policy", (v) => v.length > 0, "set"],
];

export function createProbe(base: string, options: { log?: (line: string) => void; fetchTimeoutMs?: number }): Probe {
  const failures: string[] = [];
  const log = options.log ?? (() => undefined);
  let count = 0;
  const fail = (line: string) => {
    failures.push(line);
    log(`✗ ${line}`);
  };
  return {
    origin: new URL(base).origin,
    failures,
    log,
    fail,
    requests: () => count,
    async get(url, init) {
      count++;
      try {
        const signal = AbortSignal.timeout(options.fetchTimeoutMs ?? 15_000);
        return await fetch(url, { redirect: "manual", signal, ...init });
      } catch (error) {
        fail(`${url}: request failed: ${(error as Error).message}`);
        return undefined;
      }
    },
    checkHeaders(url, response) {
      for (const [name, ok, want] of REQUIRED_HEADERS) {
        const value = response.headers.get(name);
        if (value === null || !ok(value)) {
          fail(`${url}: header ${name} ${value === null ? "missing" : `"${value}"`}, want ${want}`);
        }
      }
    },
  };
}
