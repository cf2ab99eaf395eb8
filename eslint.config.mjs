import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

const FEATURES = [
  "artefacts",
  "comparison",
  "content",
  "enquiries",
  "feeds",
  "figures",
  "readership",
  "search",
  "share-image",
  "site",
];
const elsewhere = (feature, allowed = []) =>
  FEATURES.filter((other) => other !== feature && !allowed.includes(other)).map((other) => `./features/${other}`);

/**
 * One direction of imports (ARCHITECTURE.md): lib/ ← features/ ← pages/; ops/ (shipped with the release) uses
 * features and lib; tooling/, bench/ and tests/ sit on top and nothing runtime imports them.
 */
const layers = [
  {
    target: "./lib",
    from: ["./features", "./pages", "./ops", "./tooling", "./bench", "./tests"],
    message: "lib/ is shared utilities: it imports no feature, route or tooling.",
  },
  {
    target: "./features",
    from: ["./pages", "./ops", "./tooling", "./bench", "./tests"],
    message: "features/ is runtime code: no routes, ops commands or tooling.",
  },
  {
    target: "./pages",
    from: ["./ops", "./tooling", "./bench", "./tests"],
    message: "Routes import features and lib only.",
  },
  {
    target: "./ops",
    from: ["./pages", "./tooling", "./bench", "./tests"],
    message: "ops/ ships in the release: no routes or tooling.",
  },
  {
    target: "./tooling",
    from: ["./pages", "./bench", "./tests"],
    message: "Tooling serves tests and benchmarks, never the other way round.",
  },
  { target: "./bench", from: ["./pages", "./tests"], message: "Benchmarks share tooling/, not the tests." },
  // Between features: comparison and figures are the lowest; content renders comparisons and figures; feeds and the share image read
  // content; enquiries stands alone; the site shell may use content.
  {
    target: "./features/comparison",
    from: elsewhere("comparison"),
    message: "comparison/ depends on no other feature.",
  },
  {
    target: "./features/figures",
    from: elsewhere("figures"),
    message: "figures/ (images checked and converted at build) depends on no other feature.",
  },
  {
    target: "./features/content",
    from: elsewhere("content", ["comparison", "figures"]),
    message: "content/ may use comparison/ and figures/ only.",
  },
  { target: "./features/feeds", from: elsewhere("feeds", ["content", "comparison"]), message: "feeds/ read content/." },
  {
    target: "./features/share-image",
    from: elsewhere("share-image", ["content", "comparison"]),
    message: "The share image reads content/.",
  },
  {
    target: "./features/search",
    from: elsewhere("search", ["content", "comparison", "site"]),
    message: "search/ reads content/ and renders in the site shell.",
  },
  { target: "./features/enquiries", from: elsewhere("enquiries"), message: "enquiries/ depends on no other feature." },
  // Inside enquiries/, by job: intake accepts and stores, delivery sends; neither knows the other, and both reach
  // the database only through store/ (ARCHITECTURE.md).
  {
    target: "./features/enquiries/intake",
    from: ["./features/enquiries/delivery", "./lib/db"],
    message: "intake/ never imports delivery/, and reaches the database only through store/.",
  },
  {
    target: "./features/enquiries/delivery",
    from: ["./features/enquiries/intake", "./lib/db"],
    message: "delivery/ never imports intake/, and reaches the database only through store/.",
  },
  {
    target: "./features/enquiries/store",
    from: [
      "./features/enquiries/intake",
      "./features/enquiries/delivery",
      "./features/enquiries/api",
      "./features/enquiries/form",
    ],
    message: "store/ is below intake and delivery: it imports neither.",
  },
  {
    target: "./features/readership",
    from: elsewhere("readership", ["enquiries", "site", "content"]),
    message: "readership/ counts the site's pages (site/, content/) on the enquiries' store, and reads their sources.",
  },
  {
    target: ["./features", "./pages", "./lib", "./ops"],
    from: "./features/artefacts/write-artefacts.ts",
    message: "Runtime code never imports the build step: what both need is in features/artefacts/manifest.ts.",
  },
  {
    target: "./features/site",
    from: elsewhere("site", ["content", "comparison"]),
    message: "The site shell may use content/.",
  },
];

export default [
  {
    ignores: [
      ".next/**",
      ".build/**",
      ".content-collections/**",
      "node_modules/**",
      "test-results/**",
      "next-env.d.ts",
    ],
  },
  ...nextVitals,
  ...nextTypescript,
  {
    rules: {
      "import/no-restricted-paths": ["error", { zones: layers }],
      "import/no-duplicates": "error",
      // Reading pages ship no client router: every internal link is a plain <a>, and <Link> would add nothing.
      "@next/next/no-html-link-for-pages": "off",
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", ignoreRestSiblings: true },
      ],
    },
  },
  {
    // Post HTML is shared with the feeds, whose readers need plain <img> with plain URLs (no next/image).
    files: ["features/content/mdx/**"],
    rules: { "@next/next/no-img-element": "off" },
  },
  {
    files: ["*.config.mjs", "*.config.ts"],
    rules: { "import/no-anonymous-default-export": "off" },
  },
];
