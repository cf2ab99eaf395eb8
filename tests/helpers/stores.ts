// The two stores every storage test runs on: a fresh embedded PGlite directory, and a fresh database on a
// throwaway PostgreSQL cluster (tooling/postgres.ts). In CI a missing PostgreSQL fails the run instead of
// skipping half the suite unseen.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll } from "vitest";
import { parseEnquiryConfig } from "@/features/enquiries/config";
import { createEnquiryService, openStore, type EnquiryService } from "@/features/enquiries/service";
import type { Database } from "@/lib/db/database";
import { createDatabase, postgresUnavailableReason, startTestCluster, type TestCluster } from "@/tooling/postgres";

export const pgReason = postgresUnavailableReason();
if (pgReason && process.env.CI) throw new Error(`PostgreSQL integration tests cannot run in CI: ${pgReason}`);
if (pgReason) console.warn(`PostgreSQL integration tests skipped: ${pgReason}`);

export type TestStore = {
  name: "pglite" | "postgres";
  skip?: string;
  /** Opens the store (a new connection pool on PostgreSQL: another server on the same database). */
  open: () => Promise<Database>;
  cleanUp: () => void;
};

/** Call at the top of a test file: the cluster starts once for the file, and each store gets its own database. */
export function testStores(): TestStore[] {
  let cluster: TestCluster | undefined;
  beforeAll(async () => {
    if (!pgReason) cluster = await startTestCluster();
  });
  afterAll(() => cluster?.stop());
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "operators-log-pglite-"));
  let url: Promise<string> | undefined;
  return [
    {
      name: "pglite",
      open: () => openStore(parseEnquiryConfig({ DATA_DIR: dataDir })),
      cleanUp: () => rmSync(dataDir, { recursive: true, force: true }),
    },
    {
      name: "postgres",
      ...(pgReason ? { skip: pgReason } : {}),
      open: async () => {
        url ??= createDatabase(cluster!, `t_${Math.random().toString(36).slice(2, 10)}`);
        return openStore(parseEnquiryConfig({ DATABASE_URL: await url }));
      },
      cleanUp: () => undefined,
    },
  ];
}

/**
 * An enquiry service on a fresh embedded store for the length of a test file (call at its top): its settings
 * are `env` plus its own DATA_DIR; the store is closed and removed after the file. `current()` is the service.
 */
export function temporaryService(env: Record<string, string>, options = { dispatcher: false }) {
  const dir = mkdtempSync(path.join(os.tmpdir(), "operators-log-service-"));
  let service: EnquiryService | undefined;
  beforeAll(async () => {
    service = await createEnquiryService(parseEnquiryConfig({ ...env, DATA_DIR: dir }), options);
  });
  afterAll(async () => {
    await service?.stop();
    rmSync(dir, { recursive: true, force: true });
  });
  return { current: () => service! };
}
