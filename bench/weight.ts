// npm run bench:weight
// Builds the site, serves it, and prints HTML/CSS/JS bytes (raw and gzip) for "/" and the launch post, against
// a floor: the JS of a one-page Next.js app built with the same Next version. Targets: post JS ≤ floor + 5 %,
// CSS < 15 KB gzip.
import { startNextServer, stopNextServer } from "@/tooling/next-server";
import { mkdir, rm, symlink, writeFile } from "node:fs/promises";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { buildSite, BUILD_ROOT } from "@/tooling/build-site";
import { runMeasured } from "@/tooling/process-tree";

const LAUNCH = "/log/what-looks-correct-vs-what-actually-works";

const serve = (distDir: string, cwd: string, port: number) =>
  startNextServer({ port, distDir, cwd, env: { DATA_DIR: path.resolve(BUILD_ROOT, "bench-weight-data") } });

type Bytes = { raw: number; gzip: number };
const size = (text: string): Bytes => ({ raw: Buffer.byteLength(text), gzip: gzipSync(text, { level: 9 }).byteLength });
const add = (a: Bytes, b: Bytes): Bytes => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip });

async function weigh(base: string, pathname: string) {
  const html = await (await fetch(base + pathname)).text();
  const scripts = [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1]!);
  const styles = [
    ...html.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"|<link[^>]*href="([^"]+)"[^>]*rel="stylesheet"/g),
  ].map((m) => (m[1] ?? m[2])!);
  const inline = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)]
    .map((m) => m[1] ?? "")
    .join("");
  let js = { raw: 0, gzip: 0 };
  for (const src of new Set(scripts)) js = add(js, size(await (await fetch(new URL(src, base))).text()));
  let css = { raw: 0, gzip: 0 };
  for (const href of new Set(styles)) css = add(css, size(await (await fetch(new URL(href, base))).text()));
  return { html: size(html), js, inlineJs: size(inline), css, scriptFiles: new Set(scripts).size };
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

console.log("bench:weight: building the site …");
const { distDir } = await buildSite({ name: "bench-weight" });
console.log("bench:weight: building the floor (one-page Next.js app, same Next version) …");
const floorDir = path.resolve(BUILD_ROOT, "bench-floor");
await rm(floorDir, { recursive: true, force: true });
await mkdir(path.join(floorDir, "app"), { recursive: true });
await symlink(path.resolve("node_modules"), path.join(floorDir, "node_modules"));
await writeFile(path.join(floorDir, "package.json"), JSON.stringify({ name: "floor", private: true, type: "module" }));
await writeFile(
  path.join(floorDir, "next.config.mjs"),
  `export default { distDir: process.env.NEXT_DIST_DIR || ".next", turbopack: { root: ${JSON.stringify(path.resolve("."))} } };\n`,
);
await writeFile(
  path.join(floorDir, "app/layout.jsx"),
  `export default function Layout({ children }) { return <html lang="en"><body>{children}</body></html>; }\n`,
);
await writeFile(
  path.join(floorDir, "app/page.jsx"),
  `export default function Page() { return <main><h1>Hello</h1><p>A static page.</p></main>; }\n`,
);
await runMeasured("npx", ["next", "build"], {
  cwd: floorDir,
  env: { NEXT_TELEMETRY_DISABLED: "1", NEXT_DIST_DIR: ".next" },
});

const site = await serve(distDir, process.cwd(), 3401);
const floor = await serve(".next", floorDir, 3402);
try {
  const rows: [string, Awaited<ReturnType<typeof weigh>>][] = [
    ["/", await weigh("http://127.0.0.1:3401", "/")],
    [LAUNCH, await weigh("http://127.0.0.1:3401", LAUNCH)],
    ["floor: one-page Next.js app", await weigh("http://127.0.0.1:3402", "/")],
  ];
  console.log(
    "\n| page | HTML raw / gzip | CSS raw / gzip | JS raw / gzip (files) | inline JS gzip |\n| --- | ---: | ---: | ---: | ---: |",
  );
  for (const [name, w] of rows) {
    console.log(
      `| ${name} | ${kb(w.html.raw)} / ${kb(w.html.gzip)} | ${kb(w.css.raw)} / ${kb(w.css.gzip)} | ${kb(w.js.raw)} / ${kb(w.js.gzip)} (${w.scriptFiles}) | ${kb(w.inlineJs.gzip)} |`,
    );
  }
  const post = rows[1]![1];
  const base = rows[2]![1];
  const ratio = post.js.gzip / base.js.gzip;
  console.log(
    `\npost JS vs floor (gzip): ${ratio.toFixed(3)}× (target ≤ 1.05×) — ${ratio <= 1.05 ? "met" : "NOT met"}`,
  );
  console.log(
    `post CSS gzip: ${kb(post.css.gzip)} (target < 15 KB) — ${post.css.gzip < 15 * 1024 ? "met" : "NOT met"}`,
  );
} finally {
  await stopNextServer(site);
  await stopNextServer(floor);
}
