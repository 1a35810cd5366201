/**
 * A worker thread of parallelValidate.ts: parses and checks blocks of JSONL lines alone
 * (checkRow) and formats the valid records as lines of the import tool's CSV when told the origin.
 * It answers each block with its rows in line order; the main thread applies them in turn.
 */
import type { DatasetIssue } from "@atlas/model";
import path from "node:path";
import { parentPort, workerData } from "node:worker_threads";
import { checkRow, TO_NOTHING, toImportToolLines, type RecordOutput } from "./checkRecord.ts";
import { WireWriter, type Wire } from "./checkedWire.ts";
import { CsvBlockWriter, type CsvBlock } from "./csvBlocks.ts";
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

/**
 * The block's rows in line order, flat (checkedWire.ts), lines counted from 1 in the block; with an
 * origin, the valid records' CSV lines, which the rows' `out` number (csvBlocks.ts).
 */
export type CheckReply = { id: number; wire: Wire; lines: number; csv?: CsvBlock } | { id: number; error: string };

export interface CheckWorkerSettings {
  /** The origin written on each CSV line; without it nothing is formatted (a check only). */
  origin?: string;
}

const { origin } = workerData as CheckWorkerSettings;
const lines = origin === undefined ? undefined : toImportToolLines(origin);
const port = parentPort!;

/** Each record's line encoded into the block's buffer; the row carries the line's number there. */
const encodedInto = (
  csv: CsvBlockWriter,
  to: RecordOutput<string, string, string>,
): RecordOutput<number, number, number> => ({
  source: (record) => csv.add("source", to.source(record)),
  actor: (record) => csv.add("actor", to.actor(record)),
  relationship: (record, id) => csv.add("relationship", to.relationship(record, id)),
});

port.on("message", ({ id, file, bytes, first }: CheckJob) => {
  let reply: CheckReply;
  let transfer: ArrayBuffer[] = [];
  try {
    let text: string;
    try {
      text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: !first }).decode(bytes);
    } catch (error) {
      throw cannotRead(file, error);
    }
    const writer = new WireWriter();
    const issues = { push: (issue: DatasetIssue) => writer.add({ kind: "issue", issue }) };
    const texts = text.split("\n");
    const csv = lines && new CsvBlockWriter(bytes.length, texts.length);
    const output = lines && csv ? encodedInto(csv, lines) : TO_NOTHING;
    for (const row of jsonlLineRows(texts, 1, path.basename(file), issues)) writer.add(checkRow(row, output));
    const encoded = csv?.finish();
    reply = { id, wire: writer.wire, lines: texts.length, csv: encoded?.block };
    transfer = encoded?.transfer ?? [];
  } catch (error) {
    reply = { id, error: (error as Error).message };
  }
  port.postMessage(reply, transfer);
});
