/**
 * Runs `neo4j-admin` commands (org.neo4j.cli.AdminTool, which `org.neo4j:neo4j` 5.26 brings onto
 * the launcher's classpath with the import tool) against a Neo4j home of ours: NEO4J_HOME and
 * NEO4J_CONF point at it, so the command reads and writes that home's data folder only.
 */
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { ensureLauncherBuilt, launcherClasspath } from "./buildLauncher.ts";

const launcherDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

export interface AdminToolOptions {
  /** The Neo4j home whose data folder the command works on; its conf/neo4j.conf is created if missing. */
  home: string;
  /** JVM heap of the tool, e.g. "1g" (the import tool itself works mostly off-heap). */
  heap: string;
  /** Each line the tool prints, stdout and stderr alike. */
  onLine: (line: string) => void;
}

/** Resolves when the command succeeds; a failure's error carries its last 20 lines. */
export async function runAdminTool(args: string[], options: AdminToolOptions): Promise<void> {
  await ensureLauncherBuilt(launcherDir, options.onLine);
  const conf = path.join(options.home, "conf");
  mkdirSync(conf, { recursive: true });
  if (!existsSync(path.join(conf, "neo4j.conf"))) writeFileSync(path.join(conf, "neo4j.conf"), "");
  const child = spawn(
    "java",
    [`-Xmx${options.heap}`, "-cp", launcherClasspath(launcherDir), "org.neo4j.cli.AdminTool", ...args],
    { stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, NEO4J_HOME: options.home, NEO4J_CONF: conf } },
  );
  const last: string[] = [];
  let partial = "";
  const onChunk = (chunk: Buffer) => {
    const lines = (partial + chunk.toString()).split(/\r?\n/);
    partial = lines.pop()!;
    for (const line of lines) {
      options.onLine(line);
      last.push(line);
      if (last.length > 20) last.shift();
    }
  };
  child.stdout.on("data", onChunk);
  child.stderr.on("data", onChunk);
  // Stopping us stops the tool: it must not go on writing into a folder we are about to remove.
  const stop = () => child.kill("SIGTERM");
  process.once("exit", stop);
  try {
    const code = await new Promise<number | null>((resolve, reject) => {
      child.once("error", (error) => reject(new Error(`neo4j-admin: could not run java: ${error.message}`)));
      child.once("exit", resolve);
    });
    if (partial) options.onLine(partial);
    if (code !== 0) {
      throw new Error(`neo4j-admin ${args.slice(0, 3).join(" ")} failed (exit ${code}):\n  ${last.join("\n  ")}`);
    }
  } finally {
    process.off("exit", stop);
  }
}
