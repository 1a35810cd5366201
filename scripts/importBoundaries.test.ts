/** The import boundaries of eslint.config.js, checked by linting small files as if they lay in each workspace. */
import { ESLint } from "eslint";
import path from "node:path";
import { describe, expect, it } from "vitest";

const repoRoot = path.resolve(import.meta.dirname, "..");
const eslint = new ESLint({ cwd: repoRoot, overrideConfigFile: path.join(repoRoot, "eslint.config.js") });

/** The boundary errors ESLint reports for a file at `filePath` holding `code`. */
async function boundaryErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(repoRoot, filePath) });
  expect(result, `${filePath} is linted, not ignored`).toBeDefined();
  expect(result!.messages.filter((m) => m.fatal)).toEqual([]);
  return result!.messages.filter((m) => m.ruleId === "no-restricted-imports").map((m) => m.message);
}

const reExport = (specifier: string) => `export * from "${specifier}";\n`;

describe("import boundaries", () => {
  it("keeps client code from importing server, seed or cypher code and neo4j-driver", async () => {
    const file = "client/src/core/boundaryProbe.ts";
    expect(await boundaryErrors(file, reExport("../../../server/src/app.ts"))).toEqual([
      expect.stringContaining("client/ reaches the server over HTTP"),
    ]);
    for (const specifier of ["@atlas/seed", "../../../cypher/index.ts", "neo4j-driver"]) {
      expect(await boundaryErrors(file, reExport(specifier)), specifier).toHaveLength(1);
    }
    expect(await boundaryErrors(file, reExport("@atlas/model"))).toEqual([]);
    expect(await boundaryErrors("client/src/views/Probe.tsx", reExport("./graph/resize.ts"))).toEqual([]);
  });

  it("lets the benchmark pages use the seed's generator but not the server", async () => {
    const file = "client/src/bench/boundaryProbe.ts";
    expect(await boundaryErrors(file, reExport("@atlas/seed/generate"))).toEqual([]);
    expect(await boundaryErrors(file, reExport("../../../server/src/config.ts"))).toHaveLength(1);
  });

  it("keeps model to its own files and zod", async () => {
    const file = "model/src/boundaryProbe.ts";
    expect(await boundaryErrors(file, reExport("neo4j-driver"))).toEqual([
      "'neo4j-driver' import is restricted from being used by a pattern. model/ depends on zod only (vitest in tests).",
    ]);
    for (const specifier of ["../../seed/src/index.ts", "@atlas/analysis", "node:fs"]) {
      expect(await boundaryErrors(file, reExport(specifier)), specifier).toHaveLength(1);
    }
    expect(await boundaryErrors(file, reExport("zod"))).toEqual([]);
    expect(await boundaryErrors(file, reExport("./records.ts"))).toEqual([]);
  });

  it("keeps analysis to model and graphology", async () => {
    const file = "analysis/src/boundaryProbe.ts";
    for (const specifier of ["@atlas/model", "graphology", "graphology-metrics/centrality/pagerank"]) {
      expect(await boundaryErrors(file, reExport(specifier)), specifier).toEqual([]);
    }
    for (const specifier of ["@atlas/seed", "neo4j-driver", "../../server/src/config.ts", "node:fs"]) {
      expect(await boundaryErrors(file, reExport(specifier)), specifier).toHaveLength(1);
    }
  });

  it("keeps seed from importing server code", async () => {
    const file = "seed/src/boundaryProbe.ts";
    expect(await boundaryErrors(file, reExport("../../server/src/config.ts"))).toEqual([
      expect.stringContaining("seed/ never imports server code"),
    ]);
    expect(await boundaryErrors(file, reExport("@atlas/model"))).toEqual([]);
  });
});
