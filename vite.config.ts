import { defineConfig } from "vitest/config";
import { devInlineStyles } from "./scripts/dev-csp";
import { publicDirWithOneGeneration } from "./scripts/public-dir-plugin";

/**
 * React's API served by preact/compat: the same components and hooks for about 60 kB less gzip on
 * first load, which keeps the page inside its JavaScript budget next to MapLibre's 440 kB (README).
 */
const REACT_TO_PREACT = [
  { find: /^react$/, replacement: "preact/compat" },
  { find: /^react-dom$/, replacement: "preact/compat" },
  { find: /^react-dom\/client$/, replacement: "preact/compat/client" },
  { find: /^react\/jsx-runtime$/, replacement: "preact/jsx-runtime" },
  { find: /^react\/jsx-dev-runtime$/, replacement: "preact/jsx-dev-runtime" },
];

export default defineConfig({
  plugins: [devInlineStyles, publicDirWithOneGeneration()],
  resolve: { alias: REACT_TO_PREACT },
  oxc: { jsx: { runtime: "automatic", importSource: "react" } },
  build: {
    target: "es2022",
    sourcemap: false,
    rolldownOptions: {
      onwarn(warning, warn) {
        // React Server Components' "use client" markers in TanStack Query mean nothing in a SPA bundle.
        if (warning.code === "MODULE_LEVEL_DIRECTIVE") return;
        warn(warning);
      },
    },
  },
  test: {
    include: ["src/**/*.test.ts", "scripts/**/*.test.ts"],
    environment: "node",
  },
});
