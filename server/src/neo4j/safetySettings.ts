/**
 * A remote Neo4j (NEO4J_URI: a server of one's own, a cluster, Aura) runs with its own settings,
 * not the limits our launcher writes into the local neo4j.conf. At start we read those settings
 * and name each one missing or weaker than ours, so an operator knows what protects the public
 * console and what does not.
 */
import type { Executor } from "./executor.ts";

/** Setting name -> value as Neo4j writes it ("1m", "512.00MiB", "false"). */
export type SettingValues = Record<string, string>;

/**
 * How to compare the limits among our settings ("512m" alone could be minutes or MiB): durations
 * and sizes are weaker when larger, or 0, Neo4j's "no limit" for both. Any other setting must be equal.
 */
const LIMIT_KINDS: Record<string, (text: string) => number | undefined> = {
  "db.transaction.timeout": parseDuration,
  "db.lock.acquisition.timeout": parseDuration,
  "db.memory.transaction.max": parseSize,
  "dbms.memory.transaction.total.max": parseSize,
};

const DURATION_UNITS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };
const SIZE_UNITS: Record<string, number> = { "": 1, b: 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3, t: 1024 ** 4 };

/** Durations as Neo4j writes them: "60s", "1m", "1m30s", "500ms", "0s". */
export function parseDuration(text: string): number | undefined {
  const parts = [...text.trim().matchAll(/(\d+(?:\.\d+)?)(ms|s|m|h|d)/g)];
  if (parts.length === 0 || parts.map((part) => part[0]).join("") !== text.trim()) return undefined;
  return parts.reduce((ms, [, amount, unit]) => ms + Number(amount) * DURATION_UNITS[unit!]!, 0);
}

/** Sizes as our config ("512m", "1g") or Neo4j ("512.00MiB", "0B", "1073741824") writes them. */
export function parseSize(text: string): number | undefined {
  const match = /^(\d+(?:\.\d+)?)\s*([kmgt]?)(?:i?b)?$/i.exec(text.trim());
  if (!match) return undefined;
  return Number(match[1]) * SIZE_UNITS[match[2]!.toLowerCase()]!;
}

/** Each setting of `ours` that `theirs` lacks or sets weaker, as "name is value (ours ...)". */
export function findWeakerSettings(ours: SettingValues, theirs: SettingValues): string[] {
  return Object.entries(ours).flatMap(([name, wanted]) => {
    const actual = theirs[name];
    if (actual === undefined) return [`${name} is not visible (ours ${wanted})`];
    const parse = LIMIT_KINDS[name];
    if (!parse)
      return actual.trim().toLowerCase() === wanted.toLowerCase() ? [] : [`${name} is ${actual} (ours ${wanted})`];
    const [have, want] = [parse(actual), parse(wanted)];
    if (have === undefined || want === undefined) return [`${name} is ${actual}, not comparable (ours ${wanted})`];
    if (want === 0) return [];
    if (have === 0) return [`${name} is ${actual}: no limit (ours ${wanted})`];
    return have > want ? [`${name} is ${actual} (ours ${wanted})`] : [];
  });
}

/**
 * Reads the server's values of `ours` and returns the one warning to log, or undefined when every
 * setting is there and at least as strict. A server that refuses SHOW SETTINGS, or shows none of
 * them (no SHOW SETTING privilege), gets one "could not read settings" line.
 */
export async function checkSafetySettings(executor: Executor, ours: SettingValues): Promise<string | undefined> {
  let theirs: SettingValues;
  try {
    const rows = await executor.read("admin/server-settings", { names: Object.keys(ours) });
    theirs = Object.fromEntries(rows.map((row) => [String(row.name), String(row.value)]));
  } catch (error) {
    return `neo4j: could not read settings (${(error as Error).message}): the server's safety limits are unknown`;
  }
  if (Object.keys(theirs).length === 0) {
    return "neo4j: could not read settings (SHOW SETTINGS showed none of them): the server's safety limits are unknown";
  }
  const weaker = findWeakerSettings(ours, theirs);
  if (weaker.length === 0) return undefined;
  return `neo4j: settings missing or weaker than the local launcher's: ${weaker.join("; ")} (see docs/deployment.md)`;
}
