/**
 * The data table of the actors given (what the filters show, or any set a view passes): every
 * property and metric a column; a header click sorts (ascending, descending, none), the boxes
 * under the headers filter. A row click selects the actor in the graph, and an actor selected in
 * the graph is highlighted and scrolled to. Only the rows in sight are rendered, so 50,000 actors
 * scroll smoothly; the CSV holds every row that passes the filters, in the order shown.
 */
import type { MetricName } from "@atlas/analysis";
import { useEffect, useMemo, useRef, useState } from "react";
import { ACTOR_COLUMNS, COLUMN_LABELS, formatValue, getActorRows, getRowId } from "../../core/analysis/actorTable.ts";
import { createMetricLookup } from "../../core/analysis/metricsInput.ts";
import { STYLE_LABELS } from "../../core/analysis/styleKeys.ts";
import { filterRows, sortRows, toResultCsv, type SortOrder } from "../../core/resultTable.ts";
import { useExplorer } from "../../core/store.ts";
import { downloadText } from "../downloadText.ts";
import { SortableFilterHead } from "../table/SortableFilterHead.tsx";

/** Fixed row height (px, matches the CSS): the rows in sight follow from the scroll offset. */
const ROW_HEIGHT = 24;
/** Rows rendered above and below those in sight, so a fast scroll does not show blanks. */
const OVERSCAN = 10;

export function DataTable({ ids, onClose }: { ids: readonly string[]; onClose: () => void }) {
  const graph = useExplorer((s) => s.graph);
  const graphVersion = useExplorer((s) => s.graphVersion);
  const metrics = useExplorer((s) => s.metrics);
  const selected = useExplorer((s) => s.selected);
  const [order, setOrder] = useState<SortOrder>({ column: ACTOR_COLUMNS.indexOf("name"), direction: "asc" });
  const [filters, setFilters] = useState<Record<number, string>>({});
  const [scroll, setScroll] = useState({ top: 0, height: 400 });
  const body = useRef<HTMLDivElement>(null);

  const all = useMemo(
    () => getActorRows(ids, (id) => graph.getNodeAttributes(id), createMetricLookup(metrics.result)),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- graphVersion stands for the graph's content, which mutates in place.
    [ids, graph, graphVersion, metrics.result],
  );
  const rows = useMemo(() => sortRows(filterRows(all, filters), order), [all, filters, order]);
  const selectedIndex = useMemo(() => rows.findIndex((row) => getRowId(row) === selected), [rows, selected]);

  // The header stays on top of the rows (sticky): the rows in sight start below it.
  const measure = () => {
    const element = body.current;
    const header = element?.querySelector("thead")?.offsetHeight ?? 0;
    if (element) setScroll({ top: element.scrollTop, height: element.clientHeight - header });
  };

  useEffect(() => {
    const element = body.current;
    if (!element || selectedIndex < 0) return;
    const header = element.querySelector("thead")?.offsetHeight ?? 0;
    const top = selectedIndex * ROW_HEIGHT;
    const room = element.clientHeight - header;
    if (top < element.scrollTop || top + ROW_HEIGHT > element.scrollTop + room)
      element.scrollTop = Math.max(0, top - (room - ROW_HEIGHT) / 2);
  }, [selectedIndex]);

  useEffect(() => {
    const observer = new ResizeObserver(measure);
    if (body.current) observer.observe(body.current);
    return () => observer.disconnect();
  }, []);

  const first = Math.max(0, Math.floor(scroll.top / ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(rows.length, Math.ceil((scroll.top + scroll.height) / ROW_HEIGHT) + OVERSCAN);
  const describe = (column: string) =>
    metrics.result?.errors[column as MetricName] ??
    metrics.result?.algorithms.find((record) => record.metric === column)?.algorithm;
  const sampled = metrics.result?.algorithms.find((record) => record.parameters.pivots !== undefined);
  const select = (id: string) => useExplorer.getState().select(id === selected ? null : id);

  return (
    <section className="data-table-panel" id="data-table" aria-label="Data table" data-testid="data-table">
      <div className="result-bar">
        <strong>Actors shown</strong>
        <span data-testid="table-row-count">
          {rows.length === all.length ? `${all.length} actors` : `${rows.length} of ${all.length} actors match`}
          {metrics.status === "running" && " · computing metrics…"}
          {sampled && ` · ${STYLE_LABELS[sampled.metric]} estimated (${sampled.algorithm})`}
        </span>
        <button
          type="button"
          data-testid="table-download-csv"
          onClick={() => downloadText(toResultCsv([...ACTOR_COLUMNS], rows), "actors.csv", "text/csv;charset=utf-8")}
        >
          Download CSV
        </button>
        <button type="button" onClick={onClose} aria-label="Close the data table" data-testid="close-table">
          ×
        </button>
      </div>
      {metrics.result && Object.keys(metrics.result.errors).length > 0 && (
        <ul className="result-notes" data-testid="table-refused">
          {Object.entries(metrics.result.errors).map(([metric, reason]) => (
            <li key={metric}>
              {STYLE_LABELS[metric as MetricName]} is not computed for these actors: {reason}
            </li>
          ))}
        </ul>
      )}
      {metrics.status === "error" && (
        <p className="analysis-error" role="alert">
          Metrics could not be computed: {metrics.error}
        </p>
      )}
      <div className="result-table data-table" ref={body} onScroll={measure}>
        <table>
          <SortableFilterHead
            columns={ACTOR_COLUMNS.map((column) => ({
              key: column,
              label: COLUMN_LABELS[column] ?? column,
              title: describe(column),
            }))}
            order={order}
            onOrder={setOrder}
            filters={filters}
            onFilters={setFilters}
            testIdPrefix="table-"
          />
          <tbody>
            <tr aria-hidden="true" style={{ height: first * ROW_HEIGHT }} />
            {rows.slice(first, last).map((row) => {
              const id = getRowId(row);
              return (
                <tr
                  key={id}
                  className={id === selected ? "selected" : undefined}
                  aria-selected={id === selected}
                  data-testid="table-row"
                  data-id={id}
                  onClick={() => select(id)}
                >
                  {row.map((cell, j) => (
                    <td key={ACTOR_COLUMNS[j]}>{formatValue(cell)}</td>
                  ))}
                </tr>
              );
            })}
            <tr aria-hidden="true" style={{ height: (rows.length - last) * ROW_HEIGHT }} />
          </tbody>
        </table>
      </div>
    </section>
  );
}
