/**
 * A worker thread of parallelValidate.ts: parses and checks blocks of JSONL lines alone
 * (checkRow) and formats the valid records as lines of the import tool's CSV when told the origin.
 * It answers each block with its rows in line order; the main thread applies them in turn.
 */
import type { DatasetIssue } from "@atlas/model";
import path from "node:path";
import { parentPort, workerData } from "node:worker_threads";
import { checkRow, TO_NOTHING, toImportToolLines } from "./checkRecord.ts";
import { WireWriter, type Wire } from "./checkedWire.ts";
import { cannotRead, jsonlLineRows } from "./readImportStream.ts";

export interface CheckJob {
  id: number;
  /** The file's path, which errors name; rows and issues name its base name. */
  file: string;
  /** Whole lines, undecoded (jsonlByteBlocks.ts). */
  bytes: Uint8Array<ArrayBuffer>;
  /** Whether the block starts the file, where a byte order mark is dropped as a decoder drops it. */
  first: boolean;
}

/** The block's rows in line order, flat (checkedWire.ts), lines counted from 1 in the block. */
export type CheckReply = { id: number; wire: Wire; lines: number } | { id: number; error: string };

export interface CheckWorkerSettings {
  /** The origin written on each CSV line; without it nothing is formatted (a check only). */
  origin?: string;
}

const { origin } = workerData as CheckWorkerSettings;
const output = origin === undefined ? TO_NOTHING : toImportToolLines(origin);
const port = parentPort!;

port.on("message", ({ id, file, bytes, first }: CheckJob) => {
  let reply: CheckReply;
  try {
    let text: string;
    try {
      text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: !first }).decode(bytes);
    } catch (error) {
      throw cannotRead(file, error);
    }
    const writer = new WireWriter();
    const issues = { push: (issue: DatasetIssue) => writer.add({ kind: "issue", issue }) };
    const lines = text.split("\n");
    for (const row of jsonlLineRows(lines, 1, path.basename(file), issues)) writer.add(checkRow(row, output));
    reply = { id, wire: writer.wire, lines: lines.length };
  } catch (error) {
    reply = { id, error: (error as Error).message };
  }
  port.postMessage(reply);
});
