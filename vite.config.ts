import type { Plugin } from "vite";
import { defineConfig } from "vitest/config";
import { devInlineStyles } from "./scripts/dev-csp";
import { publicDirWithOneGeneration } from "./scripts/public-dir-plugin";

/**
 * In the production bundle, the country tables of i18n-iso-countries cut down to what the browser's
 * src/domain/countries.ts reads: the alpha-2 and alpha-3 columns of the code table, and each locale's
 * first name per country. The same lookups for about 2 kB less gzip, room the page's JavaScript budget
 * needs. Builds only: the pipeline (and its tests) registers the full locales with the library.
 */
function compactCountryTables(): Plugin {
  const compact: Record<string, (json: Record<string, unknown>) => unknown> = {
    "i18n-iso-countries/codes.json": (json) => (json as unknown as string[][]).map(([alpha2, alpha3]) => [alpha2, alpha3]),
    "i18n-iso-countries/langs/en.json": (json) => ({ countries: firstNames(json) }),
    "i18n-iso-countries/langs/fr.json": (json) => ({ countries: firstNames(json) }),
  };
  const firstNames = (json: Record<string, unknown>) =>
    Object.fromEntries(Object.entries(json["countries"] as Record<string, string | string[]>).map(([code, names]) => [code, Array.isArray(names) ? names[0] : names]));
  return {
    name: "compact-country-tables",
    apply: "build",
    enforce: "pre",
    transform(code, id) {
      const file = Object.keys(compact).find((suffix) => id.endsWith(`node_modules/${suffix}`));
      return file ? { code: JSON.stringify(compact[file]?.(JSON.parse(code) as Record<string, unknown>)), map: null } : null;
    },
  };
}

export default defineConfig({
  plugins: [devInlineStyles, publicDirWithOneGeneration(), compactCountryTables()],
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
