/**
 * `npm run dev`: the API as `npm start` runs it (local Neo4j, schema, seed) but without building
 * or serving the client (SERVE_CLIENT=false), and Vite's dev server with hot reload, which
 * forwards /api, /graphql, /healthz and /readyz to the API (client/vite.config.ts). Ctrl-C stops
 * both; if either exits on its own, the other is stopped too.
 */
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";

const repoRoot = path.resolve(import.meta.dirname, "..");
const env = { ...process.env, SERVE_CLIENT: "false" };

const children: ChildProcess[] = [
  spawn(process.execPath, ["--import", "tsx", path.join(repoRoot, "server", "src", "cli", "start.ts")], {
    cwd: repoRoot,
    env,
    stdio: "inherit",
  }),
  spawn(process.execPath, [path.join(repoRoot, "node_modules", "vite", "bin", "vite.js")], {
    cwd: path.join(repoRoot, "client"),
    env,
    stdio: "inherit",
  }),
];

let exitCode: number | undefined;
const stopAll = (signal: NodeJS.Signals) => {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill(signal);
};
for (const child of children) {
  child.on("exit", (code, signal) => {
    // The first to exit decides the exit code: 0 after a requested stop, its own code otherwise.
    exitCode ??= code ?? (signal ? 0 : 1);
    stopAll("SIGTERM");
    if (children.every((c) => c.exitCode !== null || c.signalCode !== null)) process.exit(exitCode);
  });
}
// A terminal's Ctrl-C reaches the whole process group already; a signal sent to this process alone
// is passed on, and this process waits for both to finish their shutdown.
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.on(signal, () => stopAll(signal));
