import js from "@eslint/js";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

/**
 * Import boundaries between workspaces (docs/design-choices.md, "Boundaries the tools enforce"):
 * a relative import that climbs into another workspace's folder counts as importing its package.
 */
const WORKSPACES = [
  "model",
  "analysis",
  "cypher",
  "neo4j-launcher",
  "seed",
  "server",
  "client",
  "bench",
  "scripts",
  "test",
];
const intoWorkspaces = (names) => `^((\\.\\./)+(.*/)?(${names.join("|")})/|@atlas/(${names.join("|")})(/|$))`;
/** Any third-party package other than those allowed (workspaces and node: are matched apart). */
const packagesExcept = (allowed) => `^(?!(${allowed.join("|")})(/|$))(?!node:|@atlas/)[^./]`;
const restrictImports = (...patterns) => ({ "no-restricted-imports": ["error", { patterns }] });
const TESTS = ["**/*.test.ts", "**/*.int.test.ts"];

const clientPatterns = (banned) => [
  {
    regex: intoWorkspaces(banned),
    message: `client/ reaches the server over HTTP (client/src/api) only: no imports from ${banned.join(", ")}.`,
  },
  { regex: "^neo4j-driver(/|$)", message: "client/ never talks to Neo4j: go through the API (client/src/api)." },
];

export default tseslint.config(
  {
    ignores: [
      "**/node_modules/**",
      "**/dist/**",
      "**/dist-bench/**",
      "neo4j-launcher/target/**",
      "client/test/**",
      "test-results/**",
      ".neo4j/**",
      "client/src/api/generated/**",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      "@typescript-eslint/no-explicit-any": "off",
      "@typescript-eslint/consistent-type-imports": "error",
      "no-console": "off",
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", ignoreRestSiblings: true },
      ],
    },
  },
  {
    // The rules of hooks; the React Compiler's own rules (the plugin's "recommended" set) are left
    // out since the client is not compiled with it.
    files: ["client/**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks },
    rules: { "react-hooks/rules-of-hooks": "error", "react-hooks/exhaustive-deps": "error" },
  },
  {
    files: ["client/src/**/*.{ts,tsx}"],
    ignores: TESTS,
    rules: restrictImports(...clientPatterns(["server", "seed", "cypher", "neo4j-launcher"])),
  },
  {
    // The benchmark pages draw graphs from the seed's generator; they are not in the production build.
    files: ["client/src/bench/**/*.ts"],
    rules: restrictImports(...clientPatterns(["server", "cypher", "neo4j-launcher"])),
  },
  {
    files: ["model/**/*.ts"],
    rules: restrictImports(
      { regex: intoWorkspaces(WORKSPACES.filter((w) => w !== "model")), message: "model/ imports its own files only." },
      { regex: packagesExcept(["zod", "vitest"]), message: "model/ depends on zod only (vitest in tests)." },
      { regex: "^node:", message: "model/ runs in the browser too: no Node built-ins." },
    ),
  },
  {
    files: ["analysis/src/**/*.ts"],
    ignores: TESTS,
    rules: restrictImports(
      {
        regex: intoWorkspaces(WORKSPACES.filter((w) => !["analysis", "model"].includes(w))),
        message: "analysis/ depends on @atlas/model and graphology only.",
      },
      {
        regex: packagesExcept(["@atlas/model", "graphology", "graphology-[a-z-]+"]),
        message: "analysis/ depends on @atlas/model and graphology only.",
      },
      { regex: "^node:", message: "analysis/ runs in the browser and in workers: no Node built-ins." },
    ),
  },
  {
    files: ["seed/**/*.ts"],
    rules: restrictImports({ regex: intoWorkspaces(["server"]), message: "seed/ never imports server code." }),
  },
);
