/**
 * Neo4j settings for the initial load's own start, when every index populates at once. Lucene
 * buffers 50 MB of a full-text index before writing a segment, and merges segments two by two
 * (Neo4j's defaults): at 10M quotes that is hundreds of flushes and merges. A larger buffer
 * writes fewer, larger segments (population 20-30% shorter at 1M quotes, 2026-12-06); an eighth
 * of the heap each, as up to three full-text indexes populate together.
 */
import { parseSize } from "../neo4j/safetySettings.ts";

const MB = 1024 * 1024;

export function populationSettings(heap: string): Record<string, string> {
  const buffer = Math.min(512, Math.floor((parseSize(heap) ?? 512 * MB) / MB / 8));
  return buffer > 50 ? { "internal.dbms.index.lucene.population_ram_buffer_size": `${buffer}.0` } : {};
}
