/**
 * Packages only the build runs: cards and figures are drawn by the build (Satori, resvg, sharp and its libvips,
 * the card fonts), and the server only reads the files it wrote. next.config.mjs keeps them out of a release's
 * traced node_modules; tests/integration/standalone.test.ts checks that none is there.
 */
export const BUILD_ONLY_PACKAGES = ["sharp", "@img", "@resvg", "@fontsource", "satori"];
