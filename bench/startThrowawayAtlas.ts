/** A local Atlas on a temporary Neo4j for benchmarks: nothing of the user's is touched. */
import { freePort } from "@atlas/neo4j-launcher";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { loadConfig } from "../server/src/config.ts";
import { createLogger } from "../server/src/logger.ts";
import { startAtlas, type RunningAtlas } from "../server/src/runtime.ts";

/** `keptHome`: a store to open (left in place) instead of a temporary one. */
export async function startThrowawayAtlas(
  env: NodeJS.ProcessEnv = {},
  keptHome?: string,
): Promise<RunningAtlas & { dispose(): Promise<void> }> {
  const home = keptHome ?? mkdtempSync(path.join(os.tmpdir(), "atlas-bench-"));
  const atlas = await startAtlas({
    config: loadConfig({
      LOCAL_NEO4J_HOME: home,
      LOCAL_NEO4J_BOLT_PORT: String(await freePort()),
      PORT: String(await freePort()),
      NEO4J_PASSWORD: "bench-password-1234",
      LOG_LEVEL: "warn",
      ...env,
    }),
    logger: createLogger("warn"),
    progress: () => undefined,
  });
  return {
    ...atlas,
    url: atlas.url.replace("localhost", "127.0.0.1"),
    async dispose() {
      await atlas.stop();
      if (!keptHome) rmSync(home, { recursive: true, force: true });
    },
  };
}
