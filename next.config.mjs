import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { PHASE_DEVELOPMENT_SERVER, PHASE_PRODUCTION_BUILD } from "next/constants.js";
import { buildContent, ContentBuildError } from "./features/content/build.mjs";
import { BUILD_ONLY_PACKAGES } from "./lib/build-only-packages.mjs";
import { contentSecurityPolicy, NONCE_PAGES } from "./lib/csp.mjs";
import { paletteStylesheet } from "./lib/palette.mjs";
import { BUILD_CLOCK_VARIABLE, resolveBuildClock } from "./lib/publish-time.mjs";

const isDev = process.env.NODE_ENV === "development";

// The stylesheet's colours, from the one palette the share card also reads; rewritten only when they changed,
// so the dev server does not reload for nothing.
const PALETTE_CSS = "styles/palette.css";
const palette = paletteStylesheet();
if (!existsSync(PALETTE_CSS) || readFileSync(PALETTE_CSS, "utf8") !== palette) writeFileSync(PALETTE_CSS, palette);
// Tooling builds (end-to-end content, verify, release, benchmarks) get their own directory under .build/.
const distDir = process.env.NEXT_DIST_DIR || ".next";
const artefactsDir = path.join(distDir, "artefacts");
// One clock for the whole build (lib/publish-time.mjs): set here once, inherited by the content build, the
// artefact steps and Next's workers, and written into the server bundle (env below).
process.env[BUILD_CLOCK_VARIABLE] = resolveBuildClock(process.env);

// Browsers keep to https for two years once an https site says so; an http site (local runs) must not say it.
const hsts = (process.env.SITE_URL ?? "").startsWith("https://")
  ? [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }]
  : [];

export const securityHeaders = [
  ...hsts,
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), interest-cohort=()" },
  { key: "X-Frame-Options", value: "DENY" },
];

/**
 * Feeds, sitemap, robots.txt, share cards and figure renditions are written by the build (features/artefacts) and served as
 * files by one API route, at the public paths they have always had.
 */
const ARTEFACT_REWRITES = [
  {
    source: "/:file(feed\\.xml|atom\\.xml|feed\\.json|sitemap\\.xml|robots\\.txt|opengraph-image)",
    destination: "/api/artefacts/:file",
  },
  { source: "/tags/:tag/feed.xml", destination: "/api/artefacts/tags/:tag/feed.xml" },
  { source: "/log/:slug/opengraph-image", destination: "/api/artefacts/log/:slug/opengraph-image" },
  { source: "/figures/:file", destination: "/api/artefacts/figures/:file" },
];

/**
 * Share cards are kept between builds in <distDir>/cache/cards (Next keeps <distDir>/cache, and hosts persist
 * .next/cache), or CARD_CACHE_DIR. Missing ones are drawn right after the content build, before Next compiles,
 * so the card workers and the compiler never hold memory at the same time; once the code is compiled, every
 * artefact is written into <distDir>/artefacts/ (runAfterProductionCompile).
 */
const cardCacheDir = (root) => process.env.CARD_CACHE_DIR || path.join(root, "cache", "cards");
/** Figure renditions, the same way: converted once per source and setting, kept in <distDir>/cache/figures. */
const figureCacheDir = (root) => process.env.FIGURE_CACHE_DIR || path.join(root, "cache", "figures");
const cacheArgs = (root) => ["--cache", cardCacheDir(root), "--figure-cache", figureCacheDir(root)];

function runArtefactStep(args, failure) {
  const run = spawnSync("npx", ["--no-install", "tsx", "features/artefacts/write-artefacts.ts", ...args], {
    stdio: "inherit",
  });
  if (run.status !== 0) throw new Error(failure);
}

function fillCaches() {
  runArtefactStep(
    [...cacheArgs(path.resolve(distDir)), "--caches-only"],
    "artefacts: drawing the share cards or converting the figures failed (see above)",
  );
}

function writeArtefacts({ distDir: absoluteDistDir }) {
  const out = path.join(absoluteDistDir, "artefacts");
  runArtefactStep(
    ["--out", out, ...cacheArgs(absoluteDistDir)],
    "artefacts: writing the feeds, sitemap and share cards failed (see above)",
  );
}

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  // `npm run build:standalone` sets NEXT_OUTPUT=standalone: a self-contained server bundle for deployment.
  // Plain builds stay normal so that `next start` (npm start, the tests) runs without a warning.
  ...(process.env.NEXT_OUTPUT === "standalone" ? { output: "standalone" } : {}),
  distDir,
  // Builds made by tooling/build-site.ts (tests, verify, benchmarks) compile the same code that
  // `npm run typecheck` has checked once already: they skip Next's own pass.
  // They also get a tsconfig of their own (extending ours), since Next adds its dist directory's types to it.
  typescript: {
    ignoreBuildErrors: Boolean(process.env.OPERATORS_LOG_SEPARATE_BUILD),
    ...(process.env.NEXT_TSCONFIG_PATH ? { tsconfigPath: process.env.NEXT_TSCONFIG_PATH } : {}),
  },
  env: { OPERATORS_LOG_ARTEFACTS_DIR: artefactsDir, [BUILD_CLOCK_VARIABLE]: process.env[BUILD_CLOCK_VARIABLE] },
  compiler: { runAfterProductionCompile: writeArtefacts },
  poweredByHeader: false,
  // No next/image here: images are plain <img>, and the feeds need plain URLs.
  images: { unoptimized: true },
  // PGlite loads its WASM and data files relative to its own module: keep it (and pg) out of the bundle.
  serverExternalPackages: ["@electric-sql/pglite", "pg"],
  // Drawn and converted by the build, read as files by the server: a release ships none of these.
  outputFileTracingExcludes: { "*": BUILD_ONLY_PACKAGES.map((name) => `node_modules/${name}/**`) },
  async headers() {
    const noncePages = NONCE_PAGES.map((page) => page.slice(1)).join("|");
    return [
      { source: "/:path*", headers: securityHeaders },
      // Review copies of unlisted posts: reachable by their link, never indexed or followed.
      { source: "/review/:path*", headers: [{ key: "X-Robots-Tag", value: "noindex, nofollow" }] },
      // Every page but those that set their own, with a nonce, per request (pages/_document.tsx).
      {
        source: `/((?!(?:${noncePages})$).*)`,
        headers: [{ key: "Content-Security-Policy", value: contentSecurityPolicy({ dev: isDev }) }],
      },
    ];
  },
  async rewrites() {
    return { beforeFiles: ARTEFACT_REWRITES };
  },
};

export default async function config(phase) {
  // Build the content once per process tree; build workers inherit the marker.
  const needsContent = phase === PHASE_PRODUCTION_BUILD || phase === PHASE_DEVELOPMENT_SERVER;
  if (needsContent && !process.env.OPERATORS_LOG_CONTENT_BUILT) {
    try {
      if (phase === PHASE_PRODUCTION_BUILD) {
        // In a child process: compiling every post's MDX holds a lot of memory, which must not stay live in
        // the process that then compiles the site (a cold 1000-post build peaked above 2 GB).
        const run = spawnSync(process.execPath, ["features/content/build.mjs"], { stdio: "inherit" });
        if (run.status !== 0) throw new Error("content: the build stopped on the problems listed above");
        fillCaches();
      } else {
        await buildContent({ watch: true });
      }
    } catch (error) {
      if (phase === PHASE_PRODUCTION_BUILD || !(error instanceof ContentBuildError)) throw error;
      // In dev a broken post is reported and the rest of the site keeps running.
      console.error(error.message);
    }
    process.env.OPERATORS_LOG_CONTENT_BUILT = "1";
  }
  return nextConfig;
}
