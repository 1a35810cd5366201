/**
 * CSV rows with the line each one starts on, for error messages a user can act on. csv-parse's
 * `info.lines` is the line a record ends on, and it counts a quoted \r\n as two lines; so the
 * start is counted here from `info.bytes`, the byte offset just past each record's delimiter.
 */
import { parse, type Info } from "csv-parse/sync";

export interface CsvRow {
  record: Record<string, string>;
  line: number;
}

const OPTIONS = { skip_empty_lines: true, bom: true, info: true, trim: true } as const;
const [CR, LF] = [0x0d, 0x0a];
const BLANK = [CR, LF, 0x20, 0x09];

/** Throws csv-parse's error on text that is not valid CSV. */
export function parseCsvRows(text: string): CsvRow[] {
  const rows = parse(text, { ...OPTIONS, columns: true }) as Array<{ record: Record<string, string>; info: Info }>;
  if (rows.length === 0) return [];
  // The header is no row of its own; where it ends, the first row begins.
  const [header] = parse(text, { ...OPTIONS, to: 1 }) as unknown as [{ info: Info }];
  return withStartLines(Buffer.from(text), header.info.bytes, rows);
}

function withStartLines(bytes: Buffer, headerEnd: number, rows: Array<{ record: Record<string, string>; info: Info }>) {
  let line = 1;
  let at = 0;
  const isBreak = (i: number) => bytes.readUInt8(i) === LF || (bytes.readUInt8(i) === CR && bytes[i + 1] !== LF);
  const advanceTo = (end: number) => {
    for (; at < end; at++) if (isBreak(at)) line++;
  };
  advanceTo(headerEnd);
  return rows.map(({ record, info }): CsvRow => {
    // The parser skips blank lines and trims padding, so a record starts at its first other byte.
    while (at < info.bytes && BLANK.includes(bytes.readUInt8(at))) advanceTo(at + 1);
    const start = line;
    advanceTo(info.bytes);
    return { record, line: start };
  });
}
