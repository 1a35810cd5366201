/**
 * Starts a throwaway Solidarity Atlas for the integration and browser tests: a real Neo4j in a
 * temporary folder on a free port, the schema, the seed dataset and the HTTP server. Tests reach
 * it through inject("atlas"). Set TEST_NEO4J_URI (+ TEST_NEO4J_PASSWORD) to test against another
 * server instead; never point it at data you care about.
 */
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { freePort } from "@atlas/neo4j-launcher";
import type { TestProject } from "vitest/node";
import { loadConfig } from "../server/src/config.ts";
import { createLogger } from "../server/src/logger.ts";
import { startAtlas } from "../server/src/runtime.ts";
// Brings in the typing of project.provide("atlas", ...).
import type {} from "./providedContext.ts";

export const CURATION_TOKEN_FOR_TESTS = "test-curation-token-0123456789";

export default async function setup(project: TestProject) {
  const home = mkdtempSync(path.join(os.tmpdir(), "atlas-test-neo4j-"));
  const password = "test-password-1234";
  const env: NodeJS.ProcessEnv = {
    LOCAL_NEO4J_HOME: home,
    LOCAL_NEO4J_BOLT_PORT: String(await freePort()),
    LOCAL_NEO4J_HEAP: "768m",
    LOCAL_NEO4J_PAGECACHE: "128m",
    NEO4J_PASSWORD: password,
    PORT: String(await freePort()),
    LOG_LEVEL: "warn",
    CURATION_TOKEN: CURATION_TOKEN_FOR_TESTS,
  };
  if (process.env.TEST_NEO4J_URI) {
    env.NEO4J_URI = process.env.TEST_NEO4J_URI;
    env.NEO4J_PASSWORD = process.env.TEST_NEO4J_PASSWORD;
  }
  const config = loadConfig(env);
  const started = Date.now();
  // A failed start leaves no 500 MB Neo4j home behind in /tmp.
  const atlas = await startAtlas({
    config,
    logger: createLogger("warn"),
    progress: (line) => process.stdout.write(`[test setup] ${line}\n`),
  }).catch((error: unknown) => {
    rmSync(home, { recursive: true, force: true });
    throw error;
  });
  process.stdout.write(`[test setup] ready in ${((Date.now() - started) / 1000).toFixed(1)} s at ${atlas.url}\n`);
  project.provide("atlas", {
    baseUrl: atlas.url.replace("localhost", "127.0.0.1"),
    neo4jUri: atlas.neo4jUri,
    neo4jUser: config.neo4j.user,
    neo4jPassword: config.neo4j.password,
    neo4jHome: home,
    neo4jPid: atlas.localNeo4j?.pid ?? null,
    seed: {
      actors: atlas.seed?.actors ?? 0,
      relationships: atlas.seed?.relationships ?? 0,
      sources: atlas.seed?.sources ?? 0,
    },
  });
  return async () => {
    await atlas.stop();
    rmSync(home, { recursive: true, force: true });
  };
}
