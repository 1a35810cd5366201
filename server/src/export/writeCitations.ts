/**
 * What to cite: the documents behind the exported actors and edges as BibTeX and CSL-JSON, and
 * every edge with its evidence quote as a table for an appendix (CSV and Markdown).
 */
import { toCsv } from "@atlas/model";
import { toText, type ExportGraph, type SourceDocument } from "./exportGraph.ts";

const BIBTEX_SPECIAL = /([&%$#_{}])/g;

function bibtexEscape(text: string): string {
  return text
    .replace(/\\/g, "\\textbackslash{}")
    .replace(BIBTEX_SPECIAL, "\\$1")
    .replace(/~/g, "\\textasciitilde{}")
    .replace(/\^/g, "\\textasciicircum{}");
}

export function citationKey(source: SourceDocument): string {
  const who =
    (source.author ?? source.publisher)
      .split(/[\s,]+/)
      .filter(Boolean)
      .at(-1) ?? "source";
  const what = source.title.split(/\s+/).find((w) => w.length > 3) ?? "document";
  const slug = (s: string) => s.normalize("NFKD").replace(/[^\w]/g, "").toLowerCase();
  return `${slug(who)}${source.year ?? "nd"}${slug(what)}`;
}

function splitName(full: string): { family: string; given: string } {
  const parts = full.trim().split(/\s+/);
  return { family: parts.at(-1) ?? full, given: parts.slice(0, -1).join(" ") };
}

export function writeBibtex(sources: SourceDocument[]): string {
  return sources
    .map((s) => {
      const entryType = s.type === "report" ? "techreport" : "misc";
      const fields: Array<[string, string | undefined]> = [
        ["title", s.title],
        ["author", s.author ? `${splitName(s.author).family}, ${splitName(s.author).given}` : undefined],
        [s.type === "report" ? "institution" : "publisher", s.publisher],
        ["year", s.year ? String(s.year) : undefined],
        ["howpublished", s.type === "report" ? undefined : s.type],
        ["note", `Solidarity Atlas source document ${s.id}`],
      ];
      const body = fields
        .filter((f): f is [string, string] => f[1] !== undefined)
        .map(([k, v]) => `  ${k} = {${bibtexEscape(v)}}`)
        .join(",\n");
      return `@${entryType}{${citationKey(s)},\n${body}\n}\n`;
    })
    .join("\n");
}

export function writeCslJson(sources: SourceDocument[]): string {
  const type: Record<string, string> = { report: "report", "web page": "webpage", news: "article-newspaper" };
  return JSON.stringify(
    sources.map((s) => ({
      id: citationKey(s),
      type: type[s.type] ?? "document",
      title: s.title,
      ...(s.author && { author: [splitName(s.author)] }),
      publisher: s.publisher,
      ...(s.year && { issued: { "date-parts": [[s.year]] } }),
      note: `Solidarity Atlas source document ${s.id}`,
    })),
    null,
    2,
  );
}

interface EvidenceRow {
  edge: string;
  from: string;
  relationship: string;
  to: string;
  year: string;
  document: string;
  citation: string;
  quote: string;
}

function evidenceRows(graph: ExportGraph, sources: SourceDocument[]): EvidenceRow[] {
  const rows: EvidenceRow[] = [];
  graph.forEachEdge((edge, a, source, target) => {
    const documents = (a.properties.sources as string[] | undefined) ?? [];
    const quotes = (a.properties.quotes as string[] | undefined) ?? [];
    documents.forEach((document, i) => {
      const cited = sources.find((s) => s.id === document);
      rows.push({
        edge,
        from: graph.getNodeAttribute(source, "label"),
        relationship: a.type,
        to: graph.getNodeAttribute(target, "label"),
        year: toText(a.properties.year),
        document,
        citation: cited ? citationKey(cited) : "",
        quote: quotes[i] ?? "",
      });
    });
  });
  return rows;
}

export function writeEvidenceCsv(graph: ExportGraph, sources: SourceDocument[]): string {
  const columns = ["edge", "from", "relationship", "to", "year", "document", "citation", "quote"] as const;
  return toCsv(
    [...columns],
    evidenceRows(graph, sources).map((row) => columns.map((c) => row[c])),
  );
}

export function writeEvidenceMarkdown(graph: ExportGraph, sources: SourceDocument[]): string {
  const cell = (text: string) => text.replace(/\|/g, "\\|").replace(/\s+/g, " ");
  const lines = [
    "| From | Relationship | To | Year | Source | Evidence |",
    "|---|---|---|---|---|---|",
    ...evidenceRows(graph, sources).map(
      (r) =>
        `| ${cell(r.from)} | ${r.relationship} | ${cell(r.to)} | ${r.year} | ${r.citation || r.document} | “${cell(r.quote)}” |`,
    ),
  ];
  return lines.join("\n") + "\n";
}
