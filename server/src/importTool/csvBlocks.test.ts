import { describe, expect, it } from "vitest";
import { CsvBlockWriter, DATA_FILES, KeptLines, type CsvLine } from "./csvBlocks.ts";

/** What a sink gets from KeptLines: each line as its file's name and its text, numbers first. */
function kept(
  block: ReturnType<CsvBlockWriter["finish"]>["block"],
  keep: Array<[kind: "source" | "actor" | "relationship", k: number]>,
) {
  const got: Array<{ lines: string[][]; records: number }> = [];
  const text = (line: CsvLine) => [DATA_FILES[line.file]!, line.numbers + Buffer.from(line.bytes).toString()];
  const lines = new KeptLines({
    origin: "o",
    line: () => undefined,
    lines: (all, records) => got.push({ lines: all.map(text), records }),
  });
  lines.begin(block);
  for (const [kind, k] of keep) lines.keep(kind, k, kind === "relationship" ? `${k},${k + 1},` : `${k},`);
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

  it("hands the sink the kept lines in order, each after its numbers and with its file, counting actors and relationships", () => {
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
        lines: [
          ["sources.csv", '0,"s",Source\n'],
          ["actors.csv", '1,"a","é ü"\n'],
          ["actors-multiline.csv", '2,"b","two\nlines"\n'],
          ["actors.csv", '3,"c","d"\n'],
          ["relationships.csv", '4,5,"a","c"\n'],
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
        lines: [
          ["actors.csv", '1,"a","é ü"\n'],
          ["actors.csv", '3,"c","d"\n'],
        ],
        records: 2,
      },
    ]);
  });
});
