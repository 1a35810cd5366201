/**
 * The computation files must run in a browser Web Worker as well as in Node: they may import
 * each other, graphology's packages and package.json files, never a Node built-in or server code.
 */
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

// @atlas/model is worker-safe too: it imports only zod and its own files (an ESLint rule holds it).
const ALLOWED = /^(\.\.?\/|@atlas\/model$|graphology(-[a-z-]+)?(\/|$))/;
const sources = (readdirSync(import.meta.dirname, { recursive: true }) as string[]).filter(
  (file) => file.endsWith(".ts") && !file.endsWith(".test.ts"),
);

describe("analysis runs in a Web Worker", () => {
  it.each(sources)("%s imports only graphology, the model and its own files", (file) => {
    const text = readFileSync(`${import.meta.dirname}/${file}`, "utf8");
    const specifiers = [...text.matchAll(/^(?:import|export)(?:[^"';]*from)?\s*["']([^"']+)["']/gm)].map((m) => m[1]!);
    for (const specifier of specifiers) expect(specifier, `${file} imports "${specifier}"`).toMatch(ALLOWED);
  });

  it("checks every computation file", () => {
    expect(sources).toEqual(
      expect.arrayContaining([
        "computeMetrics.ts",
        "metricDefinitions.ts",
        "simpleGraphs.ts",
        "compact/compactLouvain.ts",
      ]),
    );
  });
});
