/** `npm run seed`: validate the dataset and load it into the configured (or local) Neo4j. */
import { ConfigError, loadConfig } from "../config.ts";
import { createLogger } from "../logger.ts";
import { startAtlas } from "../runtime.ts";

try {
  const config = loadConfig();
  const atlas = await startAtlas({
    config: { ...config, seed: { ...config.seed, onStart: true }, http: { ...config.http, port: 0 } },
    logger: createLogger("warn"),
    progress: (line) => console.log(line),
    buildClient: false,
  });
  await atlas.stop();
} catch (error) {
  console.error(error instanceof ConfigError ? error.message : `seed failed: ${(error as Error).message}`);
  process.exit(1);
}
