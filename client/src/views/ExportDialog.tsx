/** Exports what is shown (its actors, positions and colours) with the view's URL in the manifest. */
import { useState } from "react";
import { requestExport } from "../api/exportApi.ts";
import { isGroupNode } from "../core/atlasGraph.ts";
import type { Visibility } from "../core/filters.ts";
import { useExplorer } from "../core/store.ts";

const CHOICES: Array<[string, string]> = [
  ["zip", "Everything (ZIP with manifest)"],
  ["graphml", "GraphML (Gephi, yEd, Cytoscape, networkx, igraph)"],
  ["gexf", "GEXF 1.3 (Gephi)"],
  ["csv", "CSV: nodes.csv + edges.csv"],
  ["json", "JSON (graphology)"],
  ["cytoscape", "Cytoscape.js JSON"],
  ["cypher", "Cypher script"],
  ["png", "Figure: PNG"],
  ["svg", "Figure: SVG"],
  ["bibtex", "Citations: BibTeX"],
  ["csl", "Citations: CSL-JSON"],
  ["evidence", "Evidence table (CSV + Markdown)"],
];

export function ExportDialog({ visibility, onClose }: { visibility: Visibility; onClose: () => void }) {
  const [format, setFormat] = useState("zip");
  const [title, setTitle] = useState("");
  const [dpi, setDpi] = useState(300);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const graph = useExplorer((s) => s.graph);
  // The overview's group nodes are not actors: the export holds the actors loaded and shown.
  const ids = [...visibility.nodes].filter((id) => !isGroupNode(graph, id));
  const groups = visibility.nodes.size - ids.length;

  const download = async () => {
    const { filters } = useExplorer.getState();
    setBusy(true);
    setError(null);
    try {
      const positions = Object.fromEntries(
        ids.map((id) => {
          const a = graph.getNodeAttributes(id);
          return [id, { x: a.x, y: a.y, color: a.color }];
        }),
      );
      const { blob, filename } = await requestExport({
        ids,
        ...(format === "zip" ? {} : { formats: [format], single: true }),
        ...(title.trim() ? { title: title.trim() } : {}),
        dpi,
        positions,
        viewUrl: window.location.href,
        filters,
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
    <div className="export-dialog" role="dialog" aria-label="Export" data-testid="export-dialog">
      <p>
        Exports the {ids.length} actors and the collaborations among them shown now, as drawn, with the sources to cite.
        {groups > 0 && ` The overview's ${groups} groups are not exported: select one to load its actors.`}
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
        PNG resolution (dpi at A4 width)
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
