/**
 * Every CSV the project writes goes through here, the server's exports and the explorer's
 * tables alike: RFC 4180 (CRLF after every record, a header, UTF-8, and quotes around any field
 * holding a comma, a quote or a line break, bare LF or CR included), and text cells that a
 * spreadsheet would run as a formula neutralised with a leading apostrophe (OWASP's advice for
 * CSV injection). Numbers, negative coordinates included, are written as numbers and left alone.
 * Plain code without a CSV library, so that the browser bundle needs no Node shims.
 */

export type CsvCell = string | number | boolean | null | undefined;

/** Lists become "a | b" where a format has no list type; exports say so in their manifest. */
export const LIST_SEPARATOR = " | ";

/** Said in the manifest, so that a reader knows why a cell starts with an apostrophe. */
export const FORMULA_NOTE =
  "CSV text cells that begin with =, +, -, @, a tab or a carriage return are prefixed with an apostrophe (') so that spreadsheets do not run them as formulas; numbers are left as they are.";

const FORMULA_START = /^[=+\-@\t\r]/;
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const NEEDS_QUOTES = /[",\r\n]/;

export function neutraliseFormula(cell: CsvCell): CsvCell {
  if (typeof cell !== "string" || !FORMULA_START.test(cell) || NUMBER.test(cell)) return cell;
  return `'${cell}`;
}

function toField(cell: CsvCell): string {
  const text = cell === null || cell === undefined ? "" : String(cell);
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

const toRecord = (cells: CsvCell[]) => `${cells.map(toField).join(",")}\r\n`;

export function toCsv(columns: string[], rows: CsvCell[][]): string {
  return [toRecord(columns), ...rows.map((row) => toRecord(row.map(neutraliseFormula)))].join("");
}
