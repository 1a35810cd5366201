/**
 * Exports exactly what is drawn: the ids of the actors and of the relationships shown (every
 * filter, the subset, the path and removed nodes already applied here), with their positions,
 * sizes and colours (the analysis styles included) and what the colours mean, and the view's URL
 * in the manifest. The server does not re-apply filters.
 */
import { EXPORT_FORMATS, ZIP_LABEL } from "@atlas/model";
import { useRef, useState } from "react";
import { requestExport, type ExportRequestBody } from "../api/exportApi.ts";
import { toFigureColourKey } from "../core/analysis/figureColourKey.ts";
import { getDrawnIds } from "../core/drawnIds.ts";
import { toExportLinks } from "../core/projection/exportLinks.ts";
import type { Visibility } from "../core/filters.ts";
import { useExplorer } from "../core/store.ts";
import { useDialogFocus } from "./a11y/useDialogFocus.ts";

const CHOICES: Array<[string, string]> = [["zip", ZIP_LABEL], ...Object.entries(EXPORT_FORMATS)];

const WIDTHS: Array<[ExportRequestBody["width"], string]> = [
  ["85mm", "Single column (85 mm)"],
  ["175mm", "Double column (175 mm)"],
  ["a4", "A4 page width (210 mm)"],
];

export function ExportDialog({ visibility, onClose }: { visibility: Visibility; onClose: () => void }) {
  const [format, setFormat] = useState("zip");
  const [title, setTitle] = useState("");
  const [dpi, setDpi] = useState(300);
  const [width, setWidth] = useState<ExportRequestBody["width"]>("a4");
  const [grayscale, setGrayscale] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const dialog = useRef<HTMLDivElement>(null);
  useDialogFocus(dialog, onClose);

  const graph = useExplorer((s) => s.graph);
  const { ids, edges, groups } = getDrawnIds(graph, visibility);

  const download = async () => {
    const { filters, selected, path, layout, appearance, pins } = useExplorer.getState();
    setBusy(true);
    setError(null);
    try {
      const positions = Object.fromEntries(
        ids.map((id) => {
          const a = graph.getNodeAttributes(id);
          // As drawn: the analysis styles over the graph's own (the node reducer's rule).
          const { size, color } = { ...a, ...appearance?.styles.get(id) };
          return [id, { x: a.x, y: a.y, size, color, ...(id in pins && { pinned: true }) }];
        }),
      );
      const colourKey = toFigureColourKey(appearance?.colour ?? null);
      const { blob, filename } = await requestExport({
        ids,
        ...toExportLinks(graph, edges),
        groups,
        ...(format === "zip" ? {} : { formats: [format], single: true }),
        ...(title.trim() ? { title: title.trim() } : {}),
        dpi,
        positions,
        viewUrl: window.location.href,
        filters,
        width,
        grayscale,
        layout,
        ...(colourKey ? { colourKey } : {}),
        highlight: [...new Set([...(selected ? [selected] : []), ...(path?.nodes ?? [])])].filter((id) =>
          ids.includes(id),
        ),
      });
      const url = URL.createObjectURL(blob);
      const link = document.createElement("a");
      link.href = url;
      link.download = filename;
      link.click();
      URL.revokeObjectURL(url);
      onClose();
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div
      ref={dialog}
      className="export-dialog"
      role="dialog"
      aria-modal="true"
      aria-label="Export"
      data-testid="export-dialog"
    >
      <p>
        Exports the {ids.length} actors and the {edges.length} relationships drawn now, exactly as drawn, with the
        sources to cite.
        {groups > 0 &&
          ` The overview's ${groups} groups are not exported (they stand for many actors): select one to load its actors.`}
      </p>
      <label>
        Format
        <select value={format} onChange={(e) => setFormat(e.target.value)} data-testid="export-format">
          {CHOICES.map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </label>
      <label>
        Figure title (optional)
        <input value={title} onChange={(e) => setTitle(e.target.value)} data-testid="export-title" />
      </label>
      <label>
        Figure width
        <select
          value={width}
          onChange={(e) => setWidth(e.target.value as ExportRequestBody["width"])}
          data-testid="export-width"
        >
          {WIDTHS.map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </label>
      <label style={{ flexDirection: "row", alignItems: "center", fontWeight: "normal" }}>
        <input
          type="checkbox"
          checked={grayscale}
          onChange={(e) => setGrayscale(e.target.checked)}
          data-testid="export-grayscale"
        />
        Grayscale-safe figure (shapes and greys)
      </label>
      <label>
        PNG resolution (dpi at the figure's width)
        <input type="number" min={72} max={600} value={dpi} onChange={(e) => setDpi(Number(e.target.value))} />
      </label>
      {error && (
        <p className="console-error" role="alert">
          {error}
        </p>
      )}
      <div className="console-actions">
        <button
          type="button"
          onClick={() => void download()}
          disabled={busy || ids.length === 0}
          data-testid="export-download"
        >
          {busy ? "Exporting…" : "Download"}
        </button>
        <button type="button" onClick={onClose}>
          Cancel
        </button>
        {busy && <span className="spinner" aria-hidden="true" />}
      </div>
    </div>
  );
}
