import { spawn } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { repoRoot } from "./config.ts";

const clientDir = path.join(repoRoot, "client");
/** The client's own sources and the workspaces Vite bundles into it: a change to any makes a build stale. */
const SOURCE_DIRS = [clientDir, ...["analysis", "model"].map((name) => path.join(repoRoot, name))];

/** The app that npm start serves, and the benchmark pages, kept out of the app's build. */
const BUILDS = {
  app: { config: "vite.config.ts", outDir: "dist", page: "index.html" },
  bench: { config: "vite.bench.config.ts", outDir: "dist-bench", page: "bench.html" },
};
const OUT_DIRS = Object.values(BUILDS).map((build) => build.outDir);

/**
 * Runs `vite build` when the build is missing or older than any source file it bundles; returns the
 * folder it is in.
 */
export async function ensureClientBuilt(
  progress: (line: string) => void,
  which: keyof typeof BUILDS = "app",
): Promise<string> {
  const build = BUILDS[which];
  const outDir = path.join(clientDir, build.outDir);
  const builtAt = path.join(outDir, build.page);
  if (existsSync(builtAt) && Math.max(...SOURCE_DIRS.map(newestMtime)) <= statSync(builtAt).mtimeMs) {
    progress(`up to date (client/${build.outDir})`);
    return outDir;
  }
  progress("building with Vite...");
  const started = Date.now();
  await new Promise<void>((resolve, reject) => {
    const vite = spawn(
      process.execPath,
      [
        path.join(repoRoot, "node_modules", "vite", "bin", "vite.js"),
        "build",
        "--config",
        build.config,
        "--logLevel",
        "warn",
      ],
      {
        cwd: clientDir,
        // Always the production build: under vitest NODE_ENV is "test", which would give a
        // development build of React (double effects, dev warnings) to users and to the tests.
        env: { ...process.env, NODE_ENV: "production" },
        stdio: ["ignore", "inherit", "inherit"],
      },
    );
    vite.on("error", reject);
    vite.on("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`client: vite build failed with exit code ${code}`)),
    );
  });
  progress(`built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return outDir;
}

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (["node_modules", "test", "e2e", ...OUT_DIRS].includes(entry.name)) continue;
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs);
  }
  return newest;
}
