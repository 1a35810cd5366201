/** Every export format: the files it writes for a graph. One registry for the API and the CLI. */
import { EXPORT_FORMAT_NAMES, type ExportFormat } from "@atlas/model";
import type { ExportGraph, SourceDocument } from "./exportGraph.ts";
import { writeBibtex, writeCslJson, writeEvidenceCsv, writeEvidenceMarkdown } from "./writeCitations.ts";
import { writeCsv } from "./writeCsv.ts";
import { writeCypherScript } from "./writeCypherScript.ts";
import { writeGexf } from "./writeGexf.ts";
import { writeGraphml } from "./writeGraphml.ts";
import { writeCytoscapeJson, writeGraphologyJson } from "./writeJson.ts";
import { writePng } from "./writePng.ts";
import { PRINT_WIDTHS } from "./printSizes.ts";
import { writeSvg, type FigureOptions } from "./writeSvg.ts";

export interface ExportContext {
  graph: ExportGraph;
  sources: SourceDocument[];
  title: string | undefined;
  dpi: number;
  description: string;
  /** Print width, grayscale, selection and source line of the figure; the title is above. */
  figure?: Omit<FigureOptions, "title"> | undefined;
  /** True when positions, sizes and colours came from the explorer's view. */
  drawn?: boolean | undefined;
}

const figure = (c: ExportContext) => writeSvg(c.graph, { ...c.figure, title: c.title });

export interface ExportFile {
  name: string;
  mime: string;
  content: string | Buffer;
}

/** One writer for each of the model's export formats (the type says none is missing). */
export const FORMATS: Record<ExportFormat, (c: ExportContext) => ExportFile[]> = {
  graphml: (c: ExportContext): ExportFile[] => [
    { name: "graph.graphml", mime: "application/graphml+xml", content: writeGraphml(c.graph) },
  ],
  gexf: (c: ExportContext): ExportFile[] => [
    { name: "graph.gexf", mime: "application/gexf+xml", content: writeGexf(c.graph) },
  ],
  csv: (c: ExportContext): ExportFile[] => {
    const { nodes, edges } = writeCsv(c.graph);
    return [
      { name: "nodes.csv", mime: "text/csv", content: nodes },
      { name: "edges.csv", mime: "text/csv", content: edges },
    ];
  },
  json: (c: ExportContext): ExportFile[] => [
    { name: "graph.json", mime: "application/json", content: writeGraphologyJson(c.graph) },
  ],
  cytoscape: (c: ExportContext): ExportFile[] => [
    { name: "graph.cyjs", mime: "application/json", content: writeCytoscapeJson(c.graph) },
  ],
  cypher: (c: ExportContext): ExportFile[] => [
    { name: "graph.cypher", mime: "text/plain", content: writeCypherScript(c.graph, c.description) },
  ],
  svg: (c: ExportContext): ExportFile[] => [{ name: "figure.svg", mime: "image/svg+xml", content: figure(c) }],
  png: (c: ExportContext): ExportFile[] => [
    {
      name: "figure.png",
      mime: "image/png",
      content: writePng(figure(c), c.dpi, PRINT_WIDTHS[c.figure?.width ?? "a4"].widthMm),
    },
  ],
  bibtex: (c: ExportContext): ExportFile[] => [
    { name: "sources.bib", mime: "application/x-bibtex", content: writeBibtex(c.sources) },
  ],
  csl: (c: ExportContext): ExportFile[] => [
    { name: "sources.csl.json", mime: "application/json", content: writeCslJson(c.sources) },
  ],
  evidence: (c: ExportContext): ExportFile[] => [
    { name: "evidence.csv", mime: "text/csv", content: writeEvidenceCsv(c.graph, c.sources) },
    { name: "evidence.md", mime: "text/markdown", content: writeEvidenceMarkdown(c.graph, c.sources) },
  ],
};

export type FormatName = ExportFormat;
export const FORMAT_NAMES = EXPORT_FORMAT_NAMES;
