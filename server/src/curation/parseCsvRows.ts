/**
 * CSV rows with the line each one starts on, for error messages a user can act on. csv-parse's
 * `info.lines` is the line a record ends on, and it counts a quoted \r\n as two lines; so the
 * start is counted here from `info.bytes`, the byte offset just past each record's delimiter.
 */
import { parse, type Options } from "csv-parse/sync";

export interface CsvRow {
  record: Record<string, string>;
  line: number;
}

const OPTIONS: Options = { skip_empty_lines: true, bom: true, info: true, trim: true };
const [CR, LF] = [0x0d, 0x0a];
const BLANK = [CR, LF, 0x20, 0x09];

/** Throws csv-parse's error on text that is not valid CSV. */
export function parseCsvRows(text: string): CsvRow[] {
  const rows = parse(text, { ...OPTIONS, columns: true }) as Array<{
    record: Record<string, string>;
    info: { bytes: number };
  }>;
  if (rows.length === 0) return [];
  // The header is no row of its own; where it ends, the first row begins.
  const [header] = parse(text, { ...OPTIONS, to: 1 }) as Array<{ info: { bytes: number } }>;
  const lines = getStartLines(
    Buffer.from(text),
    header.info.bytes,
    rows.map((r) => r.info.bytes),
  );
  return rows.map(({ record }, i) => ({ record, line: lines[i] }));
}

/** The line each record starts on, given where the header and each record end (in bytes). */
function getStartLines(bytes: Buffer, headerEnd: number, ends: number[]): number[] {
  let line = 1;
  let at = 0;
  const isBreak = (i: number) => bytes[i] === LF || (bytes[i] === CR && bytes[i + 1] !== LF);
  const advanceTo = (end: number) => {
    for (; at < end; at++) if (isBreak(at)) line++;
  };
  advanceTo(headerEnd);
  return ends.map((end) => {
    // The parser skips blank lines and trims padding, so a record starts at its first other byte.
    while (at < end && BLANK.includes(bytes[at])) advanceTo(at + 1);
    const start = line;
    advanceTo(end);
    return start;
  });
}
