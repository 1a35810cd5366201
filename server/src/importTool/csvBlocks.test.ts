import { describe, expect, it } from "vitest";
import { CsvBlockWriter, DATA_FILES, KeptLines, type CsvRun } from "./csvBlocks.ts";

/** What a sink gets from KeptLines: each run as its file's name and text. */
function kept(
  block: ReturnType<CsvBlockWriter["finish"]>["block"],
  keep: Array<[kind: "source" | "actor" | "relationship", k: number]>,
) {
  const got: Array<{ runs: string[][]; records: number }> = [];
  const text = (run: CsvRun) => [DATA_FILES[run.file]!, Buffer.from(run.bytes).toString()];
  const lines = new KeptLines({
    origin: "o",
    line: () => undefined,
    lines: (runs, records) => got.push({ runs: runs.map(text), records }),
  });
  lines.begin(block);
  for (const [kind, k] of keep) lines.keep(kind, k);
  lines.end();
  return got;
}

describe("CSV lines encoded on a worker", () => {
  // A buffer far too small at first: it grows, and the lines keep their bytes.
  const writer = new CsvBlockWriter(4, 5);
  const numbers = [
    writer.add("source", '"s",Source\n'),
    writer.add("actor", '"a","é ü"\n'),
    writer.add("actor", '"b","two\nlines"\n'),
    writer.add("actor", '"c","d"\n'),
    writer.add("relationship", '"a","c"\n'),
  ];
  const { block, transfer } = writer.finish();

  it("numbers the lines, and moves the buffers that hold them", () => {
    expect(numbers).toEqual([0, 1, 2, 3, 4]);
    expect(transfer).toHaveLength(3);
    expect(Buffer.from(block.bytes).toString()).toBe('"s",Source\n"a","é ü"\n"b","two\nlines"\n"c","d"\n"a","c"\n');
  });

  it("hands the sink the kept lines in runs per file, in order, counting actors and relationships", () => {
    expect(
      kept(block, [
        ["source", 0],
        ["actor", 1],
        ["actor", 2],
        ["actor", 3],
        ["relationship", 4],
      ]),
    ).toEqual([
      {
        runs: [
          ["sources.csv", '"s",Source\n'],
          ["actors.csv", '"a","é ü"\n'],
          ["actors-multiline.csv", '"b","two\nlines"\n'],
          ["actors.csv", '"c","d"\n'],
          ["relationships.csv", '"a","c"\n'],
        ],
        records: 4,
      },
    ]);
  });

  it("leaves out the lines it is not told to keep", () => {
    expect(
      kept(block, [
        ["actor", 1],
        ["actor", 3],
      ]),
    ).toEqual([
      {
        runs: [
          ["actors.csv", '"a","é ü"\n'],
          ["actors.csv", '"c","d"\n'],
        ],
        records: 2,
      },
    ]);
  });
});
