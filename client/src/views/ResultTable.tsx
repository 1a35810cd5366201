/**
 * The console's result table: click a column header to sort (ascending, descending, none), type
 * under it to filter; counts say what is shown, the server's notes say what was cut. Downloads
 * hold every row that passes the filters, in the shown order.
 */
import { useMemo, useState } from "react";
import type { ConsoleResult } from "@atlas/model";
import { filterRows, formatCell, sortRows, toResultCsv, toResultJson, type SortOrder } from "../core/resultTable.ts";
import { downloadText } from "./downloadText.ts";
import { SortableFilterHead } from "./table/SortableFilterHead.tsx";

/** Rows drawn at once; more would make the table slow to render, and the downloads hold them all. */
const SHOWN_ROWS = 500;

export function ResultTable({ result }: { result: ConsoleResult }) {
  const [order, setOrder] = useState<SortOrder>(null);
  const [filters, setFilters] = useState<Record<number, string>>({});
  const rows = useMemo(() => sortRows(filterRows(result.rows, filters), order), [result, filters, order]);
  const { summary, columns } = result;

  return (
    <div className="result-block">
      <div className="result-bar">
        <span data-testid="cypher-row-count">
          {rows.length === summary.rows ? `${summary.rows} rows` : `${rows.length} of ${summary.rows} rows match`}
          {rows.length > SHOWN_ROWS ? ` (first ${SHOWN_ROWS} shown; downloads hold all)` : ""}
        </span>
        <button
          type="button"
          data-testid="cypher-download-csv"
          onClick={() => downloadText(toResultCsv(columns, rows), "cypher-result.csv", "text/csv;charset=utf-8")}
        >
          Download CSV
        </button>
        <button
          type="button"
          data-testid="cypher-download-json"
          onClick={() => downloadText(toResultJson(columns, rows), "cypher-result.json", "application/json")}
        >
          Download JSON
        </button>
      </div>
      {(summary.truncated || summary.notifications.length > 0) && (
        <ul className="result-notes" data-testid="cypher-notes">
          {summary.truncated && <li>Cut at {summary.maxRows} rows: the console returns at most that many.</li>}
          {summary.notifications.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      )}
      <div className="result-table" data-testid="cypher-result">
        <table>
          <SortableFilterHead
            columns={columns.map((column) => ({ key: column, label: column }))}
            order={order}
            onOrder={setOrder}
            filters={filters}
            onFilters={setFilters}
          />
          <tbody>
            {rows.slice(0, SHOWN_ROWS).map((row, i) => (
              <tr key={i}>
                {row.map((cell, j) => (
                  <td key={j}>{formatCell(cell)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
