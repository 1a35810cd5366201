import { spawn } from "node:child_process";
import { existsSync, readdirSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import { archivePath } from "./classDataSharing.ts";

const JAR = path.join("target", "neo4j-launcher.jar");
const LIB = path.join("target", "lib");

export function launcherClasspath(launcherDir: string): string {
  return [path.join(launcherDir, JAR), path.join(launcherDir, LIB, "*")].join(path.delimiter);
}

/**
 * Builds the launcher jar and copies Neo4j's jars from Maven Central, once. Rebuilds when the
 * pom or the Java source is newer than the jar.
 */
export async function ensureLauncherBuilt(launcherDir: string, progress: (line: string) => void): Promise<void> {
  const jar = path.join(launcherDir, JAR);
  const lib = path.join(launcherDir, LIB);
  if (existsSync(jar) && existsSync(lib) && readdirSync(lib).length > 0 && !isStale(launcherDir, jar)) return;

  progress("building the Neo4j launcher with Maven (first run downloads about 125 MB of Neo4j jars)...");
  await new Promise<void>((resolve, reject) => {
    const mvn = spawn("mvn", ["-B", "-q", "-f", path.join(launcherDir, "pom.xml"), "package"], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    mvn.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    mvn.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    const ticker = setInterval(() => progress("  still building (Maven)..."), 10_000);
    mvn.on("error", (error) => {
      clearInterval(ticker);
      reject(new Error(`neo4j-launcher: could not run Maven (is it installed?): ${error.message}`));
    });
    mvn.on("exit", (code) => {
      clearInterval(ticker);
      if (code === 0) resolve();
      else reject(new Error(`neo4j-launcher: Maven build failed (exit ${code}):\n${output.slice(-4000)}`));
    });
  });
  // Classes recorded from the old jars would be refused: the next start records new ones.
  rmSync(archivePath(launcherDir), { force: true });
  progress("Neo4j launcher built");
}

function isStale(launcherDir: string, jar: string): boolean {
  const built = statSync(jar).mtimeMs;
  const sources = [
    path.join(launcherDir, "pom.xml"),
    path.join(launcherDir, "src", "main", "java", "org", "solidarityatlas", "launcher", "Launcher.java"),
  ];
  return sources.some((file) => existsSync(file) && statSync(file).mtimeMs > built);
}
