/**
 * The export formats a person can ask for, with the name the export dialog shows. The server's
 * writers register one writer per name and the API accepts exactly these (plus `zip`).
 */
export const EXPORT_FORMATS = {
  graphml: "GraphML (Gephi, yEd, Cytoscape, networkx, igraph)",
  gexf: "GEXF 1.3 (Gephi)",
  csv: "CSV: nodes.csv + edges.csv",
  json: "JSON (graphology)",
  cytoscape: "Cytoscape.js JSON",
  cypher: "Cypher script",
  png: "Figure: PNG",
  svg: "Figure: SVG",
  bibtex: "Citations: BibTeX",
  csl: "Citations: CSL-JSON",
  evidence: "Evidence table (CSV + Markdown)",
} as const;
export type ExportFormat = keyof typeof EXPORT_FORMATS;
export const EXPORT_FORMAT_NAMES = Object.keys(EXPORT_FORMATS) as ExportFormat[];

/**
 * What a figure's node colours mean when the explorer colours actors by something other than
 * their type (a metric's ramp as a few stops, or categories): the figure's legend says this.
 */
export interface FigureColourKey {
  title: string;
  items: Array<{ label: string; color: string }>;
}

/** Everything in one ZIP, with a manifest: the dialog's default. */
export const ZIP_LABEL = "Everything (ZIP with manifest)";
