import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

export default [
  {
    ignores: [".next/**", ".build/**", ".content-collections/**", "node_modules/**", "test-results/**", "next-env.d.ts"],
  },
  ...nextVitals,
  ...nextTypescript,
];
