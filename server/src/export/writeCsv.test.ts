/**
 * nodes.csv, edges.csv and evidence.csv read back by strict readers (csv-parse with nothing
 * relaxed, Python's csv module with strict=True): every record as wide as the header, line
 * breaks inside fields quoted, formulas neutralised, numbers untouched.
 */
import { parse } from "csv-parse/sync";
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { neutraliseFormula, toCsv } from "@atlas/model";
import { loadFixtureGraph } from "./loadFixtureGraph.ts";
import { writeEvidenceCsv } from "./writeCitations.ts";
import { writeCsv } from "./writeCsv.ts";

const { graph, fixture } = loadFixtureGraph();
const { nodes, edges } = writeCsv(graph);
const evidence = writeEvidenceCsv(graph, fixture.sources);

function readStrictly(text: string): Array<Record<string, string>> {
  return parse(text, {
    columns: true,
    record_delimiter: "\r\n",
    relax_quotes: false,
    relax_column_count: false,
    skip_empty_lines: false,
    bom: false,
  }) as Array<Record<string, string>>;
}

/** Python's csv module: the reader spreadsheets and pandas users meet first. */
function readWithPython(text: string): string[][] {
  const script =
    "import csv, io, json, sys\n" +
    "rows = list(csv.reader(io.StringIO(sys.stdin.buffer.read().decode('utf-8'), newline=''), strict=True))\n" +
    "print(json.dumps(rows))";
  const result = spawnSync("/usr/bin/python3", ["-c", script], { input: Buffer.from(text, "utf8"), encoding: "utf8" });
  expect(result.stderr).toBe("");
  return JSON.parse(result.stdout) as string[][];
}

describe("writeCsv", () => {
  it.each([
    ["nodes.csv", nodes, graph.order],
    ["edges.csv", edges, graph.size],
    ["evidence.csv", evidence, graph.size],
  ])("%s parses strictly in csv-parse and in Python, every record as wide as the header", (_name, text, count) => {
    expect(readStrictly(text)).toHaveLength(count);
    const rows = readWithPython(text);
    expect(rows).toHaveLength(count + 1);
    for (const row of rows) expect(row).toHaveLength(rows[0]!.length);
    expect(text.endsWith("\r\n")).toBe(true);
    expect(text.replace(/"[^"]*"/g, "")).not.toMatch(/[^\r]\n|\r[^\n]/);
  });

  it("keeps a bare LF, a bare CR, quotes and commas inside their field", () => {
    const rows = readStrictly(nodes);
    expect(rows.find((r) => r.id === "solidarity-cities")!.description).toBe(
      "Launched in 2016.\nA second line, then a bare CR:\rend.",
    );
    expect(rows.find((r) => r.id === "refugees-welcome")!.label).toBe('Refugees "Welcome", Barcelona');
    expect(nodes).toContain('"Launched in 2016.\nA second line, then a bare CR:\rend."');
  });

  it("quotes a field whose only special character is a bare line break", () => {
    // Nothing else in these fields (no comma, no quote) would make a writer quote them.
    const text = toCsv(
      ["id", "note"],
      [
        ["lf", "first line\nsecond line"],
        ["cr", "first\rsecond"],
      ],
    );
    expect(readWithPython(text)).toEqual([
      ["id", "note"],
      ["lf", "first line\nsecond line"],
      ["cr", "first\rsecond"],
    ]);
  });

  it("neutralises text that a spreadsheet would run as a formula, and no number", () => {
    const rows = readStrictly(nodes);
    const byId = (id: string) => rows.find((r) => r.id === id)!;
    expect(byId("eurocities").description).toBe(`'=HYPERLINK("http://evil.example","click")`);
    expect(byId("unhcr").description).toBe("'+41 22 739 8111 (switchboard)");
    expect(byId("refugees-welcome").description).toMatch(/^'@everyone/);
    expect(byId("carsten-sieling").role).toBe("'-former mayor");
    // Map coordinates are negative: they stay numbers.
    expect(Number(byId("barcelona").x)).toBeCloseTo(-862.13);
    expect(byId("barcelona").x).toMatch(/^-\d/);
    const partner = readStrictly(edges).find((r) => r.id === "PARTNERS_WITH:thessaloniki:unhcr:2018")!;
    expect(partner.purpose).toBe("'=1+2 informal education");
    expect(partner.year).toBe("2018");
  });

  it("keeps quotes verbatim, markdown included, in the evidence table", () => {
    const rows = readStrictly(evidence);
    expect(rows.map((r) => r.quote)).toContain("making the launch of **Solidarity Cities** possible in 2016");
    expect(rows.map((r) => r.quote)).toContain('under the framework of the "EUROCITIES" network,\nsecond line');
  });

  it("writes the drawing shown: positions, sizes and colours of the view", () => {
    const athens = readStrictly(nodes).find((r) => r.id === "athens")!;
    expect(athens).toMatchObject({ size: "6.5", color: "#123456", type: "City", label: "Athens" });
    expect(Number(athens.y)).toBeCloseTo(-717.55);
  });
});

describe("neutraliseFormula", () => {
  it.each([
    ["=1+1", "'=1+1"],
    ["+1 555", "'+1 555"],
    ["-x", "'-x"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\tindent", "'\tindent"],
    ["\rreturn", "'\rreturn"],
    ["-12.5", "-12.5"],
    ["+3e5", "+3e5"],
    [-12.5, -12.5],
    ["plain", "plain"],
    ["a=b", "a=b"],
  ])("%j becomes %j", (cell, expected) => {
    expect(neutraliseFormula(cell)).toBe(expected);
  });
});
