/**
 * Every CSV the project writes goes through here: RFC 4180 (CRLF records, a header, UTF-8, and
 * quotes around any field holding a comma, a quote or a line break, bare LF or CR included:
 * csv-stringify quotes only the record delimiter's own CRLF), and text cells that a spreadsheet
 * would run as a formula neutralised with a leading apostrophe (OWASP's advice for CSV
 * injection). Numbers, negative coordinates included, are written as numbers and left alone.
 */
import { stringify } from "csv-stringify/sync";

export type CsvCell = string | number | boolean | null | undefined;

/** Said in the manifest, so that a reader knows why a cell starts with an apostrophe. */
export const FORMULA_NOTE =
  "CSV text cells that begin with =, +, -, @, a tab or a carriage return are prefixed with an apostrophe (') so that spreadsheets do not run them as formulas; numbers are left as they are.";

const FORMULA_START = /^[=+\-@\t\r]/;
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

export function neutraliseFormula(cell: CsvCell): CsvCell {
  if (typeof cell !== "string" || !FORMULA_START.test(cell) || NUMBER.test(cell)) return cell;
  return `'${cell}`;
}

export function toCsv(columns: string[], rows: CsvCell[][]): string {
  return stringify(
    rows.map((row) => row.map(neutraliseFormula)),
    {
      header: true,
      columns: columns.map(String),
      record_delimiter: "\r\n",
      quoted_match: /[\r\n]/,
      cast: { boolean: (value) => String(value) },
    },
  );
}
