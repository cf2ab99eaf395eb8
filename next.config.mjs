import { PHASE_DEVELOPMENT_SERVER, PHASE_PRODUCTION_BUILD } from "next/constants.js";
import { buildContent, ContentBuildError } from "./features/content/build.mjs";

const isDev = process.env.NODE_ENV === "development";

// Inline scripts are Next's RSC payload on statically rendered pages, so nonces
// (which force dynamic rendering) are not an option; eval never is outside dev.
const contentSecurityPolicy = [
  "default-src 'self'",
  `script-src 'self' 'unsafe-inline'${isDev ? " 'unsafe-eval'" : ""}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

export const securityHeaders = [
  { key: "Content-Security-Policy", value: contentSecurityPolicy },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), interest-cohort=()" },
  { key: "X-Frame-Options", value: "DENY" },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  // `npm run build:standalone` sets NEXT_OUTPUT=standalone: a self-contained server bundle for deployment.
  // Plain builds stay normal so that `next start` (npm start, the tests) runs without a warning.
  ...(process.env.NEXT_OUTPUT === "standalone" ? { output: "standalone" } : {}),
  // Tooling builds (end-to-end content, verify, benchmarks) get their own directory under .build/.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // Builds made by tooling/build-site.ts (tests, verify, benchmarks) compile the same code that
  // `npm run typecheck` has checked once already: they skip Next's own pass.
  // They also get a tsconfig of their own (extending ours), since Next adds its dist directory's types to it.
  typescript: {
    ignoreBuildErrors: Boolean(process.env.OPERATORS_LOG_SEPARATE_BUILD),
    ...(process.env.NEXT_TSCONFIG_PATH ? { tsconfigPath: process.env.NEXT_TSCONFIG_PATH } : {}),
  },
  poweredByHeader: false,
  // No next/image here: images are plain <img>, and the feeds need plain URLs.
  images: { unoptimized: true },
  // PGlite loads its WASM and data files relative to its own module: keep it (and pg) out of the bundle.
  serverExternalPackages: ["@electric-sql/pglite", "pg"],
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

export default async function config(phase) {
  // Build the content once per process tree; build workers inherit the marker.
  const needsContent = phase === PHASE_PRODUCTION_BUILD || phase === PHASE_DEVELOPMENT_SERVER;
  if (needsContent && !process.env.OPERATORS_LOG_CONTENT_BUILT) {
    try {
      await buildContent({ watch: phase === PHASE_DEVELOPMENT_SERVER });
    } catch (error) {
      if (phase === PHASE_PRODUCTION_BUILD || !(error instanceof ContentBuildError)) throw error;
      // In dev a broken post is reported and the rest of the site keeps running.
      console.error(error.message);
    }
    process.env.OPERATORS_LOG_CONTENT_BUILT = "1";
  }
  return nextConfig;
}
