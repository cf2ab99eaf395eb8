/** Where `next build` wrote the feeds, cards and search index (next.config.mjs sets it for the server bundle). */
export const ARTEFACTS_DIR = process.env.OPERATORS_LOG_ARTEFACTS_DIR ?? ".next/artefacts";
