/**
 * Runs the chosen formats and packs them as one ZIP with a manifest.json that says how to
 * reproduce the export: the selection (ids, query or view URL), filters, dataset version, time
 * and counts.
 */
import { strToU8, zipSync } from "fflate";
import { LIST_SEPARATOR } from "./exportGraph.ts";
import { FORMATS, type ExportContext, type ExportFile, type FormatName } from "./formats.ts";

export interface Selection {
  kind: "ids" | "query" | "all";
  query?: string | undefined;
  ids?: string[] | undefined;
  viewUrl?: string | undefined;
  filters?: unknown;
}

export interface Manifest {
  generator: string;
  datasetVersion: string;
  exportedAt: string;
  selection: Selection;
  title: string | undefined;
  counts: { nodes: number; edges: number; sources: number };
  listSeparator: string;
  pngDpi: number;
  files: Array<{ name: string; format: FormatName; bytes: number }>;
}

export function runFormats(
  context: ExportContext,
  formats: FormatName[],
  onProgress: (done: number, total: number, format: FormatName) => void = () => undefined,
): Array<ExportFile & { format: FormatName }> {
  const files: Array<ExportFile & { format: FormatName }> = [];
  formats.forEach((format, index) => {
    for (const file of FORMATS[format](context)) files.push({ ...file, format });
    onProgress(index + 1, formats.length, format);
  });
  return files;
}

export function buildManifest(
  context: ExportContext,
  files: Array<ExportFile & { format: FormatName }>,
  selection: Selection,
  datasetVersion: string,
): Manifest {
  return {
    generator: "Solidarity Atlas",
    datasetVersion,
    exportedAt: new Date().toISOString(),
    selection,
    title: context.title,
    counts: { nodes: context.graph.order, edges: context.graph.size, sources: context.sources.length },
    listSeparator: LIST_SEPARATOR,
    pngDpi: context.dpi,
    files: files.map((f) => ({ name: f.name, format: f.format, bytes: Buffer.byteLength(f.content) })),
  };
}

export function zipFiles(files: ExportFile[], manifest: Manifest): Buffer {
  const entries: Record<string, Uint8Array> = { "manifest.json": strToU8(JSON.stringify(manifest, null, 2)) };
  for (const file of files)
    entries[file.name] = typeof file.content === "string" ? strToU8(file.content) : new Uint8Array(file.content);
  return Buffer.from(zipSync(entries, { level: 6 }));
}
