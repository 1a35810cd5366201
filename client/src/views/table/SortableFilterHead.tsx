/**
 * The head of a sortable, filterable table: one row of sort buttons (with aria-sort), one row of
 * per-column filters. The console's result table and the explorer's data table share it.
 */
import { nextSortOrder, type SortOrder } from "../../core/resultTable.ts";

export interface HeadColumn {
  key: string;
  label: string;
  /** A tooltip, e.g. how a metric was computed. */
  title?: string | undefined;
}

interface Props {
  columns: HeadColumn[];
  order: SortOrder;
  onOrder: (order: SortOrder) => void;
  filters: Record<number, string>;
  onFilters: (filters: Record<number, string>) => void;
  /** Prefixes the test ids: `${prefix}sort-<key>` and `${prefix}filter-<key>`. */
  testIdPrefix?: string;
}

export function SortableFilterHead({ columns, order, onOrder, filters, onFilters, testIdPrefix = "" }: Props) {
  const ariaSort = (column: number) =>
    order?.column === column ? (order.direction === "asc" ? "ascending" : "descending") : "none";
  return (
    <thead>
      <tr>
        {columns.map(({ key, label, title }, i) => (
          <th key={key} aria-sort={ariaSort(i)} title={title}>
            <button
              type="button"
              className="sort-button"
              data-testid={`${testIdPrefix}sort-${key}`}
              onClick={() => onOrder(nextSortOrder(order, i))}
            >
              {label}
              <span aria-hidden="true">{order?.column === i ? (order.direction === "asc" ? " ▲" : " ▼") : ""}</span>
            </button>
          </th>
        ))}
      </tr>
      <tr>
        {columns.map(({ key, label }, i) => (
          <th key={key}>
            <input
              type="search"
              className="column-filter"
              aria-label={`Filter by ${label}`}
              placeholder="filter"
              data-testid={`${testIdPrefix}filter-${key}`}
              value={filters[i] ?? ""}
              onChange={(e) => onFilters({ ...filters, [i]: e.target.value })}
            />
          </th>
        ))}
      </tr>
    </thead>
  );
}
