import { DatasetError, type Actor, type Relationship, type SourceRecord } from "@atlas/model";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { StreamInput } from "./readImportStream.ts";
import { validateStreamed } from "./validateStream.ts";

const dir = mkdtempSync(path.join(os.tmpdir(), "atlas-stream-validate-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, text: string) => {
  writeFileSync(path.join(dir, name), text);
  return path.join(dir, name);
};

const source = { id: "a.txt", title: "A report", publisher: "A city", type: "report" };
const actor = (id: string) => ({ id, type: "City", name: id, evidence: [{ source: "a.txt", quote: `${id} says` }] });
const rel = (from: string, to: string, extra = {}) => ({
  type: "PARTNERS_WITH",
  from,
  to,
  ...extra,
  evidence: [{ source: "a.txt", quote: `${from} and ${to}` }],
});
const jsonl = (...lines: Array<[string, unknown] | string>) =>
  lines.map((line) => (typeof line === "string" ? line : JSON.stringify({ [line[0]]: line[1] }))).join("\n");

/** Every problem message of an input that must fail. */
async function problems(input: StreamInput): Promise<string> {
  const error = await validateStreamed(input).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(DatasetError);
  return (error as DatasetError).message;
}

async function collect(input: StreamInput) {
  const got = { sources: [] as SourceRecord[], actors: [] as Actor[], relationships: [] as Relationship[] };
  await validateStreamed(input, {
    source: (s) => got.sources.push(s),
    actor: (a) => got.actors.push(a),
    relationship: (r) => got.relationships.push(r),
  });
  return got;
}

describe("streamed validation", () => {
  it("hands every valid record on, in the loaders' form, from JSONL", async () => {
    const got = await collect({
      jsonl: file(
        "ok.jsonl",
        jsonl(["source", source], ["actor", actor("kiel")], ["actor", actor("bonn")], "", [
          "relationship",
          rel("kiel", "bonn", { year: 2016 }),
        ]),
      ),
    });
    expect(got.sources).toEqual([source]);
    expect(got.actors.map((a) => [a.id, a.quotes])).toEqual([
      ["kiel", ["kiel says"]],
      ["bonn", ["bonn says"]],
    ]);
    expect(got.relationships).toEqual([expect.objectContaining({ id: "PARTNERS_WITH:kiel:bonn:2016", year: 2016 })]);
  });

  it("names the file and line of each bad JSONL line, and reads on", async () => {
    const message = await problems({
      jsonl: file(
        "bad.jsonl",
        jsonl(
          ["source", source],
          ["actor", actor("kiel")],
          "not json",
          ["actor", { ...actor("Bad Id") }],
          '{"place": {}}',
          ["relationship", rel("kiel", "kiel")],
          ["actor", actor("kiel")],
        ),
      ),
    });
    expect(message).toContain("bad.jsonl:3: not valid JSON");
    expect(message).toContain("bad.jsonl:4 (Bad Id): id: must be a slug");
    expect(message).toContain('bad.jsonl:5: must be one object with one key, "source", "actor" or "relationship"');
    expect(message).toContain(
      "bad.jsonl:6 (kiel -PARTNERS_WITH-> kiel): a relationship must join two different actors",
    );
    expect(message).toContain('bad.jsonl:7 (kiel): duplicate id "kiel" in the import');
    expect(message).toMatch(/has 5 problems; nothing was written/);
  });

  it("accepts references to actors and sources that come later in the file, and names those that never come", async () => {
    const message = await problems({
      jsonl: file(
        "order.jsonl",
        jsonl(
          ["relationship", rel("kiel", "bonn")],
          ["relationship", rel("kiel", "nowhere")],
          ["actor", actor("kiel")],
          ["actor", actor("bonn")],
          ["source", source],
        ),
      ),
    });
    expect(message).toContain(
      'order.jsonl:2 (kiel -PARTNERS_WITH-> nowhere): "nowhere" is neither in the import nor in the database',
    );
    expect(message).toMatch(/has 1 problem;/);
  });

  it("checks ids the import lacks against what the caller finds stored", async () => {
    const input = {
      jsonl: file("stored.jsonl", jsonl(["actor", actor("kiel")], ["relationship", rel("kiel", "stored-city")])),
    };
    const asked: string[][] = [];
    const validator = await validateStreamed(input, undefined, async ({ actorIds, sourceIds }) => {
      asked.push(actorIds, sourceIds);
      return { actorIds: new Set(["stored-city"]), sourceIds: new Set(["a.txt"]) };
    });
    expect(asked).toEqual([["stored-city"], ["a.txt"]]);
    expect(validator.counts).toEqual({ sources: 0, actors: 1, relationships: 1 });
  });

  it("names the array and position in a JSON file, and a duplicate relationship", async () => {
    const json = {
      sources: [source],
      actors: [actor("kiel"), actor("bonn"), { id: "x" }],
      relationships: [rel("kiel", "bonn"), rel("kiel", "bonn")],
    };
    const message = await problems({ json: file("data.json", JSON.stringify(json, null, 2)) });
    expect(message).toContain("data.json#actors:3 (x): type: Invalid option");
    expect(message).toContain(
      "data.json#relationships:2 (kiel -PARTNERS_WITH-> bonn): duplicate relationship PARTNERS_WITH:kiel:bonn in the import",
    );
  });

  it("names the line a CSV row starts on, quoted line breaks counted", async () => {
    const csv = 'id,type,name,source,quote\nkiel,City,Kiel,a.txt,"one\nline more"\nbonn,Town,Bonn,a.txt,q\n';
    const message = await problems({
      actorsCsv: file("actors.csv", csv),
      sourcesJson: file("sources.json", JSON.stringify([source])),
    });
    expect(message).toContain("actors.csv:4 (bonn): type: Invalid option");
    expect(message).toMatch(/has 1 problem;/);
  });

  it("refuses text holding U+001F, the import tool's list delimiter", async () => {
    const quoted = { ...actor("kiel"), evidence: [{ source: "a.txt", quote: "one\u001ftwo" }] };
    const message = await problems({ jsonl: file("us.jsonl", jsonl(["source", source], ["actor", quoted])) });
    expect(message).toContain("us.jsonl:2 (kiel): holds the control character U+001F");
  });

  it("lists the first 100 problems and counts the rest", async () => {
    const lines = Array.from({ length: 150 }, () => "[]").join("\n");
    const message = await problems({ jsonl: file("many.jsonl", lines) });
    expect(message).toContain("(150 problems in all, the first 100 listed) has 100 problems");
    expect(message).toContain("many.jsonl:100:");
    expect(message).not.toContain("many.jsonl:101:");
  });
});
