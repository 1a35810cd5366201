import { spawn } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { repoRoot } from "./config.ts";

const clientDir = path.join(repoRoot, "client");

/** Runs `vite build` when client/dist is missing or older than any client source file. */
export async function ensureClientBuilt(progress: (line: string) => void): Promise<void> {
  const builtAt = path.join(clientDir, "dist", "index.html");
  if (existsSync(builtAt) && newestMtime(clientDir) <= statSync(builtAt).mtimeMs) {
    progress("up to date (client/dist)");
    return;
  }
  progress("building with Vite...");
  const started = Date.now();
  await new Promise<void>((resolve, reject) => {
    const vite = spawn(
      process.execPath,
      [path.join(repoRoot, "node_modules", "vite", "bin", "vite.js"), "build", "--logLevel", "warn"],
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
}

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (["node_modules", "dist", "test", "e2e"].includes(entry.name)) continue;
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs);
  }
  return newest;
}
