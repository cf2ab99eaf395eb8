// Assembles the content the end-to-end build publishes: the real content/ plus fixture posts (non-ASCII tags,
// escaping, a draft) and enough filler posts to paginate, in .build/e2e-content/ so content/ stays untouched.
import { cp, mkdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { BUILD_ROOT } from "./build-site";

export const E2E_CONTENT_DIR = path.join(BUILD_ROOT, "e2e-content");
export const FILLER_POSTS = 9;

export async function assembleE2eContent(): Promise<void> {
  await rm(E2E_CONTENT_DIR, { recursive: true, force: true });
  await cp("content", E2E_CONTENT_DIR, { recursive: true });
  await cp("tests/fixtures/e2e-content", E2E_CONTENT_DIR, { recursive: true });
  await mkdir(`${E2E_CONTENT_DIR}/posts/filler`, { recursive: true });
  for (let i = 1; i <= FILLER_POSTS; i++) {
    const day = String(i).padStart(2, "0");
    await writeFile(
      `${E2E_CONTENT_DIR}/posts/filler/filler-post-${day}.mdx`,
      `---\ntitle: "Filler post ${day}"\nsummary: An older post that exists so the Log has a second page.\npublishedAt: 2026-10-${day}\nauthor: alan-law\ntags: [Filler]\n---\n\nFiller body ${day}.\n`,
    );
  }
  console.log(`e2e: content assembled in ${E2E_CONTENT_DIR}/ (${FILLER_POSTS} filler posts)`);
}
