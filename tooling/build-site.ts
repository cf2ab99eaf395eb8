// The one way tooling builds the site apart from the developer's own .next: the end-to-end suite, verify,
// the standalone release and the benchmarks each get a folder under .build/, with their own content and
// environment, so no build ever replaces another.
import { mkdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { acquireLock, describeHolder, StoreLockedError } from "@/lib/db/lock";
import { runMeasured, type MeasuredRun } from "./process-tree";

export const BUILD_ROOT = ".build";

export type SiteBuildOptions = {
  /** Folder name under .build/: "e2e", "verify", "standalone", "bench-1000" … */
  name: string;
  /** Content tree to publish instead of content/. */
  contentDir?: string;
  env?: Record<string, string>;
  standalone?: boolean;
  /** Start from nothing: remove the folder, its card cache included. Otherwise Next keeps <dir>/cache. */
  cold?: boolean;
  /** Where to print progress; default: the build's phase lines on stdout. */
  log?: (line: string) => void;
};

export type SiteBuild = MeasuredRun & { distDir: string };

export function buildDir(name: string): string {
  return path.join(BUILD_ROOT, name);
}

const PHASES =
  /content: built|Compiled|artefacts:|figures:|schedule:|Collecting page data|Generating static pages.*\)|Finalizing|error|Error/;

/**
 * Every build of this checkout writes the content build's output (.content-collections/generated) that Next
 * then compiles: two at once (the release test and the deploy test, a benchmark beside the tests) would
 * compile each other's content. They take turns, on a lock that names the build holding it.
 */
async function takeBuildTurn(name: string): Promise<() => void> {
  const lock = path.join(BUILD_ROOT, "site-build.lock");
  for (let waited = 0; ; waited++) {
    try {
      return acquireLock(lock);
    } catch (error) {
      if (!(error instanceof StoreLockedError)) throw error;
      if (waited % 20 === 0) console.log(`build: ${name} waits for ${describeHolder(error.holder)}`);
      if (waited > 2400) throw new Error(`build: ${name} waited 20 minutes for ${describeHolder(error.holder)}`);
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
}

export async function buildSite(options: SiteBuildOptions): Promise<SiteBuild> {
  await mkdir(BUILD_ROOT, { recursive: true });
  const release = await takeBuildTurn(options.name);
  try {
    return await buildSiteNow(options);
  } finally {
    release();
  }
}

async function buildSiteNow(options: SiteBuildOptions): Promise<SiteBuild> {
  const distDir = buildDir(options.name);
  if (options.cold) await rm(distDir, { recursive: true, force: true });
  // Next adds the dist directory's generated types to the tsconfig it is given: give it one of its own.
  const tsconfigPath = path.join(BUILD_ROOT, `tsconfig.${options.name}.json`);
  await mkdir(BUILD_ROOT, { recursive: true });
  await writeFile(tsconfigPath, `${JSON.stringify({ extends: "../tsconfig.json", include: [] }, null, 2)}\n`);
  const log = options.log ?? ((line: string) => PHASES.test(line) && console.log(`  ${options.name}: ${line.trim()}`));
  console.log(`build: next build into ${distDir}/${options.contentDir ? ` with ${options.contentDir}/` : ""} …`);
  const run = await runMeasured("npx", ["next", "build"], {
    env: {
      NEXT_TELEMETRY_DISABLED: "1",
      NEXT_DIST_DIR: distDir,
      // `npm run typecheck` checks the code once; a separate build of the same code need not do it again.
      OPERATORS_LOG_SEPARATE_BUILD: "1",
      NEXT_TSCONFIG_PATH: tsconfigPath,
      ...(options.contentDir ? { CONTENT_DIR: options.contentDir } : {}),
      ...(options.standalone ? { NEXT_OUTPUT: "standalone" } : {}),
      ...options.env,
    },
    log,
  });
  console.log(`build: ${distDir}/ built in ${run.seconds.toFixed(1)} s`);
  return { ...run, distDir };
}
