import { readFile } from "node:fs/promises";
import path from "node:path";
import { getPosts } from "@/features/content/posts";
import { ARTEFACTS_DIR } from "@/lib/artefacts-dir";
import { buildSearchIndex, type SearchIndex } from "./search-index";

/** The index among the build's artefacts (features/artefacts/catalogue.ts writes it). */
export const SEARCH_INDEX_PATH = "/search-index.json";

const isDev = process.env.NODE_ENV === "development";
let loaded: Promise<SearchIndex> | undefined;

/**
 * The search index: in production the file the build wrote, read once per server; in the dev server built
 * from the posts on every search, so an edit is searchable on the next keystroke.
 */
export function loadSearchIndex(): Promise<SearchIndex> {
  if (isDev) return Promise.resolve(buildSearchIndex(getPosts()));
  loaded ??= readFile(path.join(ARTEFACTS_DIR, SEARCH_INDEX_PATH), "utf8").then(
    (text) => JSON.parse(text) as SearchIndex,
    (error: unknown) => {
      loaded = undefined; // a later search tries again
      throw error;
    },
  );
  return loaded;
}
