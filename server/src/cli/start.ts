/** `npm start`: local Neo4j (unless NEO4J_URI is set), schema, seed, web client and API. */
import { ConfigError, loadConfig } from "../config.ts";
import { createLogger } from "../logger.ts";
import { startAtlas } from "../runtime.ts";

const started = Date.now();
let config;
try {
  config = loadConfig();
} catch (error) {
  if (error instanceof ConfigError) {
    console.error(error.message);
    process.exit(2);
  }
  throw error;
}
const logger = createLogger(config.logLevel);
const progress = (line: string) => console.log(line);

try {
  const atlas = await startAtlas({ config, logger, progress });
  console.log(`\nSolidarity Atlas is ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  // Under `npm run dev` Vite serves the UI and GraphiQL and has printed its own address.
  if (config.serveClient) console.log(`  UI        ${atlas.url}/`);
  console.log(`  GraphQL   ${atlas.url}/graphql`);
  if (config.serveClient) console.log(`  GraphiQL  ${atlas.url}/graphiql`);
  console.log(`  Neo4j     ${atlas.neo4jUri} (user neo4j)`);
  console.log("Press Ctrl-C to stop.");

  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal}: stopping...`);
    void atlas.stop().then(() => {
      console.log("stopped");
      process.exit(0);
    });
  };
  process.on("SIGINT", () => shutdown("SIGINT"));
  process.on("SIGTERM", () => shutdown("SIGTERM"));
  process.on("SIGHUP", () => shutdown("SIGHUP"));
  // If whatever started us dies without passing the signal on (npm can), we are reparented:
  // stop rather than run on as an orphan holding the ports and the Neo4j store.
  const parent = process.ppid;
  setInterval(() => process.ppid !== parent && shutdown("parent process gone"), 1000).unref();
} catch (error) {
  console.error(`\nstart failed: ${(error as Error).message}`);
  process.exit(1);
}
