import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { archivePath, classDataSharing, ensureClassArchive } from "./classDataSharing.ts";

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function launcherDir(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "atlas-cds-"));
  dirs.push(dir);
  mkdirSync(path.join(dir, "target"));
  return dir;
}

const recordingOf = (flags: string[]) => /^-XX:ArchiveClassesAtExit=(.+)$/.exec(flags[0] ?? "")?.[1];

describe("classDataSharing", () => {
  it("starts without sharing while there is no archive, and maps it once there is one", () => {
    const dir = launcherDir();
    expect(classDataSharing(dir).flags).toEqual([]);
    writeFileSync(archivePath(dir), "classes");
    expect(classDataSharing(dir).flags).toEqual([`-XX:SharedArchiveFile=${archivePath(dir)}`]);
  });

  it("records to a file of its own and renames it into place when the JVM has exited", () => {
    const dir = launcherDir();
    const recording = classDataSharing(dir, true);
    const written = recordingOf(recording.flags)!;
    expect(recordingOf(classDataSharing(dir, true).flags)).not.toBe(written);
    writeFileSync(written, "classes");
    recording.onExit();
    expect(readFileSync(archivePath(dir), "utf8")).toBe("classes");
    expect(existsSync(written)).toBe(false);
  });

  it("leaves no archive when the recording JVM wrote none (killed before its exit)", () => {
    const dir = launcherDir();
    classDataSharing(dir, true).onExit();
    expect(existsSync(archivePath(dir))).toBe(false);
  });

  it("deletes an archive the JVM refuses, and keeps it on any other line", () => {
    const dir = launcherDir();
    writeFileSync(archivePath(dir), "old classes");
    const sharing = classDataSharing(dir);
    sharing.onLine("neo4j-launcher: starting Neo4j in /tmp/x");
    sharing.onLine("[1.5s][warning][cds] Skipping org/example/Signed: Signed JAR");
    expect(existsSync(archivePath(dir))).toBe(true);
    sharing.onLine(`[0.099s][warning][cds,dynamic] Unable to use shared archive: ${archivePath(dir)}`);
    expect(existsSync(archivePath(dir))).toBe(false);
  });
});

describe("ensureClassArchive", () => {
  it("records with a throwaway start in a temporary home it then removes, only when no archive exists", async () => {
    const dir = launcherDir();
    const homes: string[] = [];
    const start = async (home: string) => {
      homes.push(home);
      writeFileSync(archivePath(dir), "classes");
    };
    await ensureClassArchive(dir, () => undefined, start);
    await ensureClassArchive(dir, () => undefined, start);
    expect(homes).toHaveLength(1);
    expect(existsSync(homes[0]!)).toBe(false);
  });

  it("says why when recording fails, and lets the real start go on", async () => {
    const lines: string[] = [];
    await ensureClassArchive(
      launcherDir(),
      (line) => lines.push(line),
      async () => {
        throw new Error("port in use");
      },
    );
    expect(lines.at(-1)).toMatch(/not recorded.*port in use/);
  });
});
