/**
 * The folder of CSV files handed to the import tool, filled with the lines of validated records as
 * they stream in (formatted by checkRecord.ts, here or on a worker thread), and the tool's
 * arguments that name them. Per group (sources, actors, relationships): a header file,
 * a data file, and a data file for rows with line breaks (see importToolCsv.ts).
 */
import { BufferedFile } from "@atlas/seed";
import path from "node:path";
import { DATA_FILES, dataFileOf, type CsvLine, type LineSink } from "./csvBlocks.ts";
import { HEADERS } from "./importToolCsv.ts";
import type { RowKind } from "./readImportStream.ts";

type Group = keyof typeof HEADERS;

export class ImportToolFiles implements LineSink {
  private readonly files = new Map<string, BufferedFile>();
  /** The data files, numbered as csvBlocks.ts numbers them. */
  private readonly data: BufferedFile[];

  constructor(
    private readonly dir: string,
    readonly origin: string,
  ) {
    for (const group of Object.keys(HEADERS) as Group[]) {
      this.open(`${group}-header.csv`).write(HEADERS[group]);
      this.open(`${group}.csv`);
      this.open(`${group}-multiline.csv`);
    }
    this.data = DATA_FILES.map((name) => this.files.get(name)!);
  }

  /** A line formatted already (importToolCsv.ts). */
  line(kind: RowKind, line: string): void {
    this.data[dataFileOf(kind, line)]!.write(line);
  }

  /** Lines formatted and encoded on a worker thread. */
  lines(lines: CsvLine[]): void {
    for (const { file, numbers, bytes } of lines) {
      this.data[file]!.write(numbers);
      this.data[file]!.writeBytes(bytes);
    }
  }

  /** Closes the files; returns the tool's arguments naming them (empty data files left out). */
  close(): string[] {
    for (const file of this.files.values()) file.close();
    const used = (name: string) => this.files.get(name)!.writes > 0;
    const args: string[] = [];
    const multiline: string[] = [];
    for (const group of Object.keys(HEADERS) as Group[]) {
      const option = group === "relationships" ? "--relationships" : "--nodes";
      for (const data of [`${group}.csv`, `${group}-multiline.csv`]) {
        if (!used(data)) continue;
        args.push(`${option}=${path.join(this.dir, `${group}-header.csv`)},${path.join(this.dir, data)}`);
        if (data.endsWith("-multiline.csv")) multiline.push(path.join(this.dir, data));
      }
    }
    if (multiline.length > 0) args.push("--multiline-fields-format=v2", `--multiline-fields=${multiline.join(",")}`);
    return args;
  }

  private open(name: string): BufferedFile {
    const file = new BufferedFile(path.join(this.dir, name));
    this.files.set(name, file);
    return file;
  }
}
