import js from "@eslint/js";
import importX, { createNodeResolver } from "eslint-plugin-import-x";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

const FEATURES = ["blocs", "country", "events", "map", "members", "notices", "reader", "share", "timeline"];

export default tseslint.config(
  { ignores: ["dist", "node_modules", "public/data", "test-results", "playwright-report", ".cache"] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    files: ["**/*.{ts,tsx}"],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { "import-x": importX, "react-hooks": reactHooks },
    settings: { "import-x/resolver-next": [createNodeResolver({ extensions: [".ts", ".tsx", ".js"] })] },
    rules: {
      ...reactHooks.configs.recommended.rules,
      "import-x/no-cycle": "error",
      "@typescript-eslint/consistent-type-imports": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
      // One-way layering (bulletproof-react): domain ← pipeline/lib ← features ← app; features never import each other.
      "import-x/no-restricted-paths": [
        "error",
        {
          zones: [
            ...FEATURES.map((feature) => ({
              target: `./src/features/${feature}`,
              from: "./src/features",
              except: [`./${feature}`],
            })),
            { target: "./src/features", from: "./src/app" },
            { target: ["./src/lib", "./src/domain", "./src/pipeline"], from: ["./src/features", "./src/app"] },
            { target: "./src/domain", from: ["./src/lib", "./src/pipeline"] },
            { target: "./src/pipeline", from: "./src/lib" },
          ],
        },
      ],
    },
  },
);
