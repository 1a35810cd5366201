/**
 * Starts a local Neo4j Community 5.26 for development and tests, from Maven Central artifacts.
 *
 * The JVM is our child: its stdin is a pipe we hold open, and the Java launcher shuts Neo4j down
 * when that pipe closes. So the database stops with us whether we exit cleanly, crash or are
 * killed with SIGKILL (no orphan JVM holding the store lock).
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { ensureLauncherBuilt, launcherClasspath } from "./buildLauncher.ts";
import { classDataSharing, ensureClassArchive } from "./classDataSharing.ts";
import { ImportWatch, writeImportPlan, type ImportFirst } from "./importFirst.ts";
import { waitForReady } from "./waitForReady.ts";
import { assertPortFree, freePort } from "./ports.ts";
import { toNeo4jConf, type LocalNeo4jSettings } from "./neo4jConf.ts";

export { ensureLauncherBuilt } from "./buildLauncher.ts";
export { freePort } from "./ports.ts";
export { describeExit, superviseLocalNeo4j, type SupervisedNeo4j } from "./supervise.ts";
export { toSafetySettings, type LocalNeo4jSettings } from "./neo4jConf.ts";
export type { ImportFirst } from "./importFirst.ts";

export interface LocalNeo4jOptions extends LocalNeo4jSettings {
  /** Folder holding the store, logs and the generated neo4j.conf; created when missing. */
  home: string;
  password: string;
  /** JVM heap, e.g. "1g". */
  heap: string;
  /** Called with each progress line (the launcher's own lines and ours). */
  onProgress?: (line: string) => void;
  /** How long to wait for Bolt before giving up (counted from the end of an import). */
  startTimeoutMs?: number;
  /** The initial load: the import tool runs in the same JVM first (importFirst.ts). */
  importFirst?: ImportFirst;
  /** Set only for the throwaway start that records the class-data archive (classDataSharing.ts). */
  recordClasses?: boolean;
}

export interface LocalNeo4j {
  uri: string;
  pid: number;
  /** Stops Neo4j and waits for the JVM to exit. Safe to call twice. */
  stop(): Promise<void>;
  /** Resolves when the JVM exits, for whatever reason, with its exit code. */
  exited: Promise<number | null>;
  /** Resolves when the JVM exits, with why: code or signal and its last error lines. */
  exit: Promise<JvmExit>;
}

export interface JvmExit {
  code: number | null;
  signal: NodeJS.Signals | null;
  /** The last lines that name an error (stderr, and the JVM's OutOfMemoryError notice on stdout). */
  lastErrors: string[];
}

const launcherDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

export async function startLocalNeo4j(options: LocalNeo4jOptions): Promise<LocalNeo4j> {
  const progress = options.onProgress ?? (() => undefined);
  await ensureLauncherBuilt(launcherDir, progress);
  await assertPortFree(options.boltPort);
  if (!options.recordClasses)
    await ensureClassArchive(launcherDir, progress, async (home) => {
      const settings = { heap: "512m", pageCache: "64m", extra: {}, onProgress: undefined, recordClasses: true };
      const throwaway = { ...options, ...settings, importFirst: undefined };
      await (await startLocalNeo4j({ ...throwaway, home, boltPort: await freePort() })).stop();
    });

  const home = path.resolve(options.home);
  mkdirSync(path.join(home, "conf"), { recursive: true });
  const confPath = path.join(home, "conf", "neo4j.conf");
  writeFileSync(confPath, toNeo4jConf(options));

  const sharing = classDataSharing(launcherDir, options.recordClasses);
  const child = spawn(
    "java",
    [
      ...sharing.flags,
      // The initial load is a batch job: the throughput collector, without G1's concurrent work and
      // costlier write barriers, leaves more of two cores to the index population (design-choices.md).
      // Its classes (import tool, kernel, Cypher: 60 MB of metadata) would otherwise cross the
      // default metaspace threshold three times, each a full collection of a heap of Lucene buffers.
      ...(options.importFirst ? ["-XX:+UseParallelGC", "-XX:MetaspaceSize=128m"] : []),
      `-Xms${options.heap}`,
      `-Xmx${options.heap}`,
      "-XX:+ExitOnOutOfMemoryError",
      "--add-opens=java.base/java.nio=ALL-UNNAMED",
      "--add-opens=java.base/java.io=ALL-UNNAMED",
      "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
      "--add-opens=java.base/java.lang=ALL-UNNAMED",
      "-cp",
      launcherClasspath(launcherDir),
      "org.solidarityatlas.launcher.Launcher",
      home,
      confPath,
      ...(options.importFirst ? [writeImportPlan(options.importFirst)] : []),
    ],
    {
      stdio: ["pipe", "pipe", "pipe"],
      env: { ...process.env, NEO4J_PASSWORD: options.password },
    },
  );
  const lastErrors: string[] = [];
  const keepErrors = (pattern: RegExp) => (line: string) => {
    sharing.onLine(line);
    if (!pattern.test(line)) return;
    lastErrors.push(line);
    if (lastErrors.length > 5) lastErrors.shift();
  };
  const exit = new Promise<JvmExit>((resolve) =>
    child.once("exit", (code, signal) => {
      sharing.onExit();
      resolve({ code, signal, lastErrors });
    }),
  );
  const exited = exit.then(({ code }) => code);

  const uri = `bolt://127.0.0.1:${options.boltPort}`;
  const started = Date.now();
  progress(
    options.importFirst
      ? `running the import tool, then Neo4j 5.26, in one JVM (pid ${child.pid})`
      : `starting Neo4j 5.26 (pid ${child.pid}) in ${home}`,
  );
  const watch = options.importFirst && new ImportWatch(options.importFirst, (line) => child.stdin?.write(line));
  try {
    await waitForReady(child, exit, options.startTimeoutMs ?? 120_000, progress, keepErrors, watch);
  } catch (error) {
    child.kill("SIGKILL");
    throw error;
  }
  progress(`Neo4j is up on ${uri} (${((Date.now() - (watch?.endedAt || started)) / 1000).toFixed(1)} s)`);

  let stopping: Promise<void> | undefined;
  const stop = () => {
    stopping ??= stopJvm(child, exited);
    return stopping;
  };
  return { uri, pid: child.pid ?? -1, stop, exited, exit };
}

async function stopJvm(child: ChildProcess, exited: Promise<number | null>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  // Closing stdin asks the launcher for a clean shutdown (checkpoint, release the store lock).
  child.stdin?.end();
  const timeout = new Promise<"timeout">((resolve) => setTimeout(() => resolve("timeout"), 30_000).unref());
  if ((await Promise.race([exited, timeout])) === "timeout") {
    child.kill("SIGKILL");
    await exited;
  }
}
