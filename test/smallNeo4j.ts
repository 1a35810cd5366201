/** A local Neo4j small enough to run beside a test suite's others: what the launcher's tests start. */
import { freePort, type LocalNeo4jOptions } from "@atlas/neo4j-launcher";

export async function smallNeo4jOptions(home: string, password: string): Promise<LocalNeo4jOptions> {
  return {
    home,
    password,
    heap: "512m",
    pageCache: "64m",
    boltPort: await freePort(),
    transactionTimeout: "30s",
    transactionMemory: "256m",
    transactionMemoryTotal: "384m",
  };
}
