import js from "@eslint/js";
import importPlugin from "eslint-plugin-import";
import playwright from "eslint-plugin-playwright";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

// Addresses in data are http(s) only: one schema checks them, one component links to them.
const RESTRICTED_SYNTAX = [
  {
    selector: "CallExpression[callee.object.name='z'][callee.property.name=/^(url|httpUrl)$/]",
    message: "Use httpUrlSchema (src/domain/schemas/http-url.ts): z.url() accepts any scheme.",
  },
  {
    selector: "JSXOpeningElement[name.name='a'] > JSXAttribute[name.name='target']",
    message: "Link out of the app with ExternalLink (src/components/external-link.tsx): it refuses non-http(s) addresses.",
  },
];

const FEATURES = ["blocs", "country", "embed", "events", "export", "map", "members", "notices", "reader", "share", "timeline"];

export default tseslint.config(
  { ignores: ["dist", "node_modules", "public/data", "test-results", "playwright-report", ".cache"] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    files: ["src/**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    files: ["**/*.{ts,tsx}"],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { import: importPlugin },
    settings: { "import/resolver": { node: { extensions: [".ts", ".tsx", ".js"] } } },
    rules: {
      "import/no-cycle": "error",
      "@typescript-eslint/consistent-type-imports": "error",
      "no-restricted-syntax": ["error", ...RESTRICTED_SYNTAX],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
      // One-way layering (bulletproof-react): domain ← pipeline/lib ← features ← app; features never import each other.
      "import/no-restricted-paths": [
        "error",
        {
          zones: [
            ...FEATURES.map((feature) => ({
              target: `./src/features/${feature}`,
              from: "./src/features",
              except: [`./${feature}`],
            })),
            { target: ["./src/features", "./src/components"], from: "./src/app" },
            { target: "./src/components", from: "./src/features" },
            { target: ["./src/lib", "./src/domain", "./src/pipeline"], from: ["./src/features", "./src/app"] },
            { target: "./src/domain", from: ["./src/lib", "./src/pipeline"] },
            { target: "./src/pipeline", from: "./src/lib" },
          ],
        },
      ],
    },
  },
  {
    // The analysis runs on every article of a corpus: Node 20's flatMap costs ten times a loop.
    files: ["src/pipeline/**/*.ts"],
    ignores: ["src/pipeline/**/*.test.ts"],
    rules: {
      "no-restricted-syntax": [
        "error",
        ...RESTRICTED_SYNTAX,
        { selector: "CallExpression[callee.property.name='flatMap']", message: "Use flatMapped (src/domain/flat-mapped.ts): Node 20's flatMap is ten times slower." },
      ],
    },
  },
  {
    // The one link to an address from data, and the embed's link to the app's own full view (a new tab, out of the iframe).
    files: ["src/components/external-link.tsx", "src/features/embed/embed-header.tsx"],
    rules: { "no-restricted-syntax": "off" },
  },
  {
    // Every end-to-end test asserts something of its own, and none waits on a clock.
    files: ["e2e/**/*.ts"],
    plugins: { playwright },
    rules: {
      "playwright/expect-expect": "error",
      "playwright/no-wait-for-timeout": "error",
      "playwright/no-focused-test": "error",
      "playwright/no-skipped-test": "error",
      "playwright/missing-playwright-await": "error",
      // Playwright reads a fixture's dependencies from its first parameter's pattern: `{}` means none.
      "no-empty-pattern": "off",
    },
  },
);
