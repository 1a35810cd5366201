/**
 * When the initial import must refuse: a remote database (the import tool writes store files,
 * which only a local Neo4j has), a local one in use (a running `npm start` or `npm run neo4j`
 * holds the store lock), or one that already holds data. Each refusal says what to do instead.
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

export class ImportRefused extends Error {
  override name = "ImportRefused";
}

export const REMOTE_REFUSAL =
  "import: --initial builds the store files of a local database, and NEO4J_URI points at a server " +
  "whose files are not ours. For a remote server: unset NEO4J_URI and run the same --initial import " +
  "locally; dump it with `java -cp 'neo4j-launcher/target/lib/*' org.neo4j.cli.AdminTool database dump " +
  "neo4j --to-path=DIR` (NEO4J_HOME=.neo4j); on the server, stop the database and run `neo4j-admin " +
  "database load neo4j --from-path=DIR --overwrite-destination` (Aura: `neo4j-admin database upload`). " +
  "Or write to the running server in batches with --bulk.";

/** The store files of a database in a Neo4j home (the launcher's layout). */
export function storePaths(home: string, database: string) {
  return {
    databases: path.join(home, "data", "databases"),
    store: path.join(home, "data", "databases", database),
    transactions: path.join(home, "data", "transactions", database),
    locks: [
      path.join(home, "data", "databases", "store_lock"),
      path.join(home, "data", "databases", database, "database_lock"),
    ],
  };
}

/**
 * The pid holding a POSIX lock on one of the files, from /proc/locks (Linux): Neo4j takes such a
 * lock on its store for as long as it runs, and Java's FileLock is one. Undefined: nobody holds one.
 */
export function findLockHolder(files: string[]): number | undefined {
  if (!existsSync("/proc/locks")) return undefined;
  const inodes = new Set(files.filter((file) => existsSync(file)).map((file) => String(statSync(file).ino)));
  if (inodes.size === 0) return undefined;
  for (const line of readFileSync("/proc/locks", "utf8").split("\n")) {
    // "1: POSIX  ADVISORY  WRITE 14020 fe:00:2270327 0 EOF": pid, then device:inode.
    const [, pid, device] = line.trim().split(/\s+/).slice(3);
    if (device && inodes.has(device.split(":").at(-1)!)) return Number(pid);
  }
  return undefined;
}

export function assertNotInUse(home: string, database: string): void {
  const holder = findLockHolder(storePaths(home, database).locks);
  if (holder !== undefined) {
    throw new ImportRefused(
      `import: the local database in ${home} is in use (process ${holder} holds its store lock: a running ` +
        "`npm start` or `npm run neo4j`?). Stop it, then run the import again.",
    );
  }
}

export function nonEmptyRefusal(home: string, nodes: number): ImportRefused {
  return new ImportRefused(
    `import: --initial loads an empty database only, and the local database in ${home} holds ${nodes} nodes. ` +
      "Add to it with --bulk (batches through Cypher), or, to start over, remove its data folder " +
      `(${path.join(home, "data")}) after a dump if you need it.`,
  );
}
