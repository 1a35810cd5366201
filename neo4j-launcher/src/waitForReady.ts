/**
 * The launcher JVM's output until Neo4j is up: its READY line, its progress lines, and with an
 * import first, the import tool's lines (importFirst.ts) before those.
 */
import type { ChildProcess } from "node:child_process";
import type { ImportWatch } from "./importFirst.ts";
import type { JvmExit } from "./index.ts";

const READY_LINE = "neo4j-launcher: READY";
/** Lines worth keeping as the reason of an exit: on stdout only the JVM's own error notices. */
const STDOUT_ERROR = /Exception|Error|Terminating/;
const STDERR_ERROR = /Exception|Error|Terminating|neo4j-launcher/;

/**
 * Resolves on the READY line; keepErrors sees every line the JVM writes, for as long as it runs.
 * With an import first, the tool's lines go to the watch, and the wait for READY starts after it.
 */
export function waitForReady(
  child: ChildProcess,
  exit: Promise<JvmExit>,
  timeoutMs: number,
  progress: (line: string) => void,
  keepErrors: (pattern: RegExp) => (line: string) => void,
  watch?: ImportWatch,
): Promise<void> {
  return new Promise((resolve, reject) => {
    let timer: NodeJS.Timeout | undefined;
    const arm = () =>
      (timer = setTimeout(
        () => reject(new Error(`neo4j-launcher: Neo4j did not answer within ${timeoutMs / 1000} s`)),
        timeoutMs,
      ));
    if (!watch) arm();
    const keepStdout = keepErrors(STDOUT_ERROR);
    const keepStderr = keepErrors(STDERR_ERROR);
    const taken = (line: string) => {
      try {
        if (!watch?.take(line)) return false;
        if (watch.done) arm();
        return true;
      } catch (error) {
        reject(error as Error);
        return true;
      }
    };
    const onLine = (line: string) => {
      keepStdout(line);
      if (taken(line)) return;
      if (line === READY_LINE) {
        clearTimeout(timer);
        resolve();
      } else if (line.startsWith("neo4j-launcher:")) {
        progress(line.replace("neo4j-launcher: ", ""));
      }
    };
    forEachLine(child.stdout, onLine);
    forEachLine(child.stderr, (line) => (keepStderr(line), taken(line)));
    void exit.then(({ code, lastErrors }) => {
      clearTimeout(timer);
      if (watch && !watch.done) return reject(watch.failure());
      const reason = lastErrors.join("\n  ");
      reject(new Error(`neo4j-launcher: the JVM exited with code ${code} before Neo4j was ready\n  ${reason}`));
    });
  });
}

function forEachLine(stream: NodeJS.ReadableStream | null, onLine: (line: string) => void): void {
  if (!stream) return;
  let buffered = "";
  stream.setEncoding("utf8");
  stream.on("data", (chunk: string) => {
    buffered += chunk;
    let newline = buffered.indexOf("\n");
    while (newline >= 0) {
      onLine(buffered.slice(0, newline).trimEnd());
      buffered = buffered.slice(newline + 1);
      newline = buffered.indexOf("\n");
    }
  });
}
