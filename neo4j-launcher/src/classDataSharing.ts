/**
 * Class-data sharing for the Neo4j JVM: the classes a start loads are written once to an archive
 * (-XX:ArchiveClassesAtExit), and every later start maps them from it (-XX:SharedArchiveFile)
 * instead of reading and verifying some 10,000 classes from the jars. Neo4j's own start went from
 * 5.2 s to 3.6 s on two cores (docs/design-choices.md).
 *
 * Recording slows the JVM that records (about 6 s more to start, 5 s to write 120 MB at exit), so
 * it is done once, by a throwaway start on an empty store before the first real one, not by a
 * server that then runs for hours: otherwise the archive would only exist after that server
 * stopped, and every start in between (a test run's dozen) would pay for recording again.
 *
 * The JVM checks the archive itself: one from another JDK or other jars is refused ("Unable to
 * use shared archive") and the start goes on without it; we then delete it, and the next start
 * records a fresh one.
 */
import { randomUUID } from "node:crypto";
import { existsSync, mkdtempSync, renameSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";

export interface ClassDataSharing {
  /** The JVM options of this start. */
  flags: string[];
  /** Sees every line the JVM writes. */
  onLine: (line: string) => void;
  /** Called once the JVM has exited. */
  onExit: () => void;
}

const REFUSED = /\[cds.*Unable to use shared archive/;

export const archivePath = (launcherDir: string) => path.join(launcherDir, "target", "neo4j-launcher.jsa");

/** A start that maps the archive, or (recording) one that writes it at its exit. */
export function classDataSharing(launcherDir: string, recording = false): ClassDataSharing {
  const archive = archivePath(launcherDir);
  if (!recording) {
    return {
      flags: existsSync(archive) ? [`-XX:SharedArchiveFile=${archive}`] : [],
      onLine: (line) => REFUSED.test(line) && rmSync(archive, { force: true }),
      onExit: () => undefined,
    };
  }
  // A file of its own, renamed into place whole: a concurrent start never maps half an archive.
  const written = `${archive}.${randomUUID()}.tmp`;
  return {
    // Silenced: writing the archive logs a line for each of thousands of classes it skips.
    flags: [`-XX:ArchiveClassesAtExit=${written}`, "-Xlog:cds*=off"],
    onLine: () => undefined,
    onExit: () => {
      if (!existsSync(written)) return;
      try {
        renameSync(written, archive);
      } catch {
        rmSync(written, { force: true });
      }
    },
  };
}

/**
 * Records the archive with a throwaway start when there is none. `start` starts and stops Neo4j
 * on the home it is given, recording; a failure only costs the faster starts, so it is reported
 * and swallowed.
 */
export async function ensureClassArchive(
  launcherDir: string,
  progress: (line: string) => void,
  start: (home: string) => Promise<void>,
): Promise<void> {
  if (existsSync(archivePath(launcherDir))) return;
  progress("recording Neo4j's classes for faster starts (once per checkout, about 20 s)...");
  const home = mkdtempSync(path.join(os.tmpdir(), "atlas-class-archive-"));
  try {
    await start(home);
  } catch (error) {
    progress(`  not recorded (starts stay slower): ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    rmSync(home, { recursive: true, force: true });
  }
}
