import { DatasetError } from "@atlas/model";
import { generateRecords, type GeneratedRecord } from "@atlas/seed/generate";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ImportToolFiles } from "./importToolFiles.ts";
import { validateStreamed } from "./validateStream.ts";

const dir = mkdtempSync(path.join(os.tmpdir(), "atlas-parallel-validate-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const line = ({ kind, record }: GeneratedRecord) => JSON.stringify({ [kind]: record });
/** Many blocks (256 KB each), so blocks are checked on both workers and out of step. */
const generated = [...generateRecords(2_000, 16_000, 5)].map(line);
const firstRelationship = generated.findIndex((text) => text.startsWith('{"relationship"'));
const actorLine = generated[firstRelationship - 1]!;
const relationshipLine = generated[firstRelationship]!;
const withActor = (change: (actor: Record<string, unknown>) => void) => {
  const value = JSON.parse(actorLine) as { actor: Record<string, unknown> };
  change(value.actor);
  return JSON.stringify(value);
};
const withRelationship = (change: (rel: Record<string, unknown>) => void) => {
  const value = JSON.parse(relationshipLine) as { relationship: Record<string, unknown> };
  change(value.relationship);
  return JSON.stringify(value);
};

/** One of each problem, repeated through the file: more than the 100 listed, in every block. */
const planted = [
  "not json",
  "",
  '{"place": {}}',
  "[]",
  withActor((a) => (a.id = "Bad Id")),
  actorLine,
  relationshipLine,
  withRelationship((r) => (r.to = r.from)),
  withRelationship((r) => ((r.year = 2020), (r.until = 2010))),
  withRelationship((r) => (r.to = "nowhere-at-all")),
  withActor((a) => ((a.id = "late-actor"), (a.evidence = [{ source: "unknown.txt", quote: "a quote" }]))),
  withRelationship((r) => ((r.to = "late-actor"), (r.year = 1999))),
  withActor((a) => ((a.id = "us-actor"), (a.aliases = ["one\u001ftwo"]))),
  withActor(
    (a) => ((a.id = "multiline"), (a.evidence = [{ source: "synthetic_report_2016.txt", quote: "two\nlines" }])),
  ),
];

function plant(every: number): string {
  const lines = generated.flatMap((text, i) =>
    i > 0 && i % every === 0 ? [planted[(i / every) % planted.length]!, text] : [text],
  );
  return `\ufeff${lines.join("\n")}\n`;
}

/** What one way of validating makes of a file: the error's message and issues, counts and every CSV file. */
async function outcome(file: string, workers: number) {
  const out = path.join(dir, `${path.basename(file)}-${workers}`);
  mkdirSync(out);
  const files = new ImportToolFiles(out, "curation");
  let args: string[] = [];
  const result = await validateStreamed({ jsonl: file }, files, undefined, { workers })
    .then(({ counts, actorsFirst }) => ({ counts, actorsFirst }))
    .catch((error: unknown) =>
      error instanceof DatasetError ? { message: error.message, issues: error.issues } : error,
    )
    .finally(() => (args = files.close()));
  const csv = Object.fromEntries(readdirSync(out).map((name) => [name, readFileSync(path.join(out, name), "utf8")]));
  return { result, csv, args: args.map((arg) => arg.replaceAll(out, "OUT")) };
}

async function compare(name: string, text: string) {
  const file = path.join(dir, name);
  writeFileSync(file, text);
  const [one, two] = [await outcome(file, 0), await outcome(file, 2)];
  expect(two).toEqual(one);
  return one;
}

describe("validating JSONL on worker threads", () => {
  it("finds the same problems, in the same order, as one thread, and writes the same CSV files", async () => {
    const { result, csv } = await compare("planted.jsonl", plant(97));
    expect(result).toMatchObject({ message: expect.stringMatching(/problems in all, the first 100 listed/) });
    expect(Object.values(csv).join("")).not.toBe("");
  });

  it("writes the same CSV files from a valid file, and agrees on its counts", async () => {
    const { result, csv } = await compare("valid.jsonl", `${generated.join("\n")}\n`);
    expect(result).toEqual({ counts: { sources: 8, actors: 2_000, relationships: 16_000 }, actorsFirst: true });
    expect(csv["relationships.csv"]!.split("\n")).toHaveLength(16_001);
  });

  it("leaves a file that cannot be read to the reader, which names it", async () => {
    const missing = path.join(dir, "missing.jsonl");
    await expect(validateStreamed({ jsonl: missing })).rejects.toThrow(`import: cannot read ${missing} as UTF-8 text`);
    await expect(validateStreamed({ jsonl: missing }, undefined, undefined, { workers: 2 })).rejects.toThrow(
      `import: cannot read ${missing} as UTF-8 text`,
    );
  });

  it("stops with the reader's error on bytes that are not UTF-8", async () => {
    const file = path.join(dir, "latin1.jsonl");
    writeFileSync(file, Buffer.concat([Buffer.from(`${generated.join("\n")}\n`), Buffer.from([0xe9, 0x0a])]));
    const [one, two] = [await outcome(file, 0), await outcome(file, 2)];
    expect(one.result).toBeInstanceOf(Error);
    expect((two.result as Error).message).toBe((one.result as Error).message);
  });
});
