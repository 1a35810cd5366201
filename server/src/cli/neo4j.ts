/** `npm run neo4j`: only the local Neo4j (as npm start would run it), until Ctrl-C. */
import { startLocalNeo4j } from "@atlas/neo4j-launcher";
import { ConfigError, loadConfig } from "../config.ts";

try {
  const config = loadConfig();
  const neo4j = await startLocalNeo4j({
    ...config.local,
    password: config.neo4j.password,
    onProgress: (l) => console.log(l),
  });
  console.log(`jvm pid ${neo4j.pid}; Ctrl-C to stop`);
  const stop = () => void neo4j.stop().then(() => process.exit(0));
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  void neo4j.exited.then((code) => {
    console.error(`Neo4j exited (code ${code})`);
    process.exit(1);
  });
} catch (error) {
  console.error(error instanceof ConfigError ? error.message : (error as Error).message);
  process.exit(1);
}
