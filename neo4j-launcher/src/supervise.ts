/**
 * Keeps a local Neo4j running: when its JVM exits for any reason other than our own stop (killed,
 * OutOfMemoryError with -XX:+ExitOnOutOfMemoryError, a crash), it logs one line saying why and
 * starts it again on the same port and store, after 1 s, 2 s, 4 s... at most 30 s; the delay
 * starts over once Neo4j has stayed up a minute. The app's driver reconnects by itself.
 */
import { startLocalNeo4j, type JvmExit, type LocalNeo4j, type LocalNeo4jOptions } from "./index.ts";

export interface SupervisedNeo4j {
  uri: string;
  /** The pid of the JVM running now (a restart changes it). */
  readonly pid: number;
  /** How many times the JVM was started again after exiting on its own. */
  readonly restarts: number;
  /** Stops Neo4j for good, waiting for the JVM to exit. Safe to call twice. */
  stop(): Promise<void>;
}

export interface SuperviseOptions {
  /** One line per exit and per restart, e.g. for the app's log. */
  onEvent?: (line: string) => void;
  firstDelayMs?: number;
  maxDelayMs?: number;
  /** Up this long, Neo4j counts as healthy again and the next delay is the first one. */
  healthyAfterMs?: number;
}

export async function superviseLocalNeo4j(
  options: LocalNeo4jOptions,
  supervise: SuperviseOptions = {},
): Promise<SupervisedNeo4j> {
  const { firstDelayMs = 1000, maxDelayMs = 30_000, healthyAfterMs = 60_000 } = supervise;
  const log = supervise.onEvent ?? (() => undefined);
  let current: LocalNeo4j = await startLocalNeo4j(options);
  let stopped = false;
  let restarts = 0;
  let delayMs = firstDelayMs;
  let wakeUp: (() => void) | undefined;

  const pause = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      wakeUp = () => {
        clearTimeout(timer);
        resolve();
      };
    });

  const watch = async () => {
    while (!stopped) {
      const upSince = Date.now();
      const exit = await current.exit;
      if (stopped) return;
      if (Date.now() - upSince >= healthyAfterMs) delayMs = firstDelayMs;
      log(`neo4j-launcher: Neo4j (pid ${current.pid}) exited ${describeExit(exit)}; restarting in ${delayMs / 1000} s`);
      // Start again until one start succeeds, backing off between failed starts too.
      for (;;) {
        await pause(delayMs);
        delayMs = Math.min(delayMs * 2, maxDelayMs);
        if (stopped) return;
        try {
          current = await startLocalNeo4j(options);
          if (stopped) return await current.stop();
          restarts++;
          log(`neo4j-launcher: Neo4j is back (pid ${current.pid}, restart ${restarts})`);
          break;
        } catch (error) {
          log(
            `neo4j-launcher: restart failed: ${(error as Error).message.split("\n")[0]}; next try in ${delayMs / 1000} s`,
          );
        }
      }
    }
  };
  const watching = watch();

  return {
    uri: current.uri,
    get pid() {
      return current.pid;
    },
    get restarts() {
      return restarts;
    },
    async stop() {
      stopped = true;
      wakeUp?.();
      // The running JVM, or none while a restart is under way: watch() stops what that starts.
      await current.stop();
      await watching;
    },
  };
}

/** "with code 137", "on SIGKILL" plus the last error lines, in one line. */
export function describeExit({ code, signal, lastErrors }: JvmExit): string {
  const how = signal ? `on ${signal}` : `with code ${code}`;
  return lastErrors.length ? `${how}: ${lastErrors.map((line) => line.trim()).join(" | ")}` : how;
}
