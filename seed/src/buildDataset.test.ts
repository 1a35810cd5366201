import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { buildDataset } from "./buildDataset.ts";
import { DatasetError } from "@atlas/model";
import { defaultDocumentsDir, fixturesDir } from "./paths.ts";
import { readDataset } from "./readDataset.ts";

const DOC = "002_7b751642ae57aecf.txt";
const copies: string[] = [];
afterAll(() => copies.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A copy of the small fixture with one file's lines changed by `edit`. */
function fixtureWith(file: "actors.jsonl" | "relationships.jsonl", edit: (lines: string[]) => string[]): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "atlas-fixture-"));
  copies.push(dir);
  cpSync(path.join(fixturesDir, "small"), dir, { recursive: true });
  const target = path.join(dir, DOC, file);
  const lines = readFileSync(target, "utf8").trim().split("\n");
  writeFileSync(target, edit(lines).join("\n") + "\n");
  return dir;
}

function problems(dir: string): string {
  try {
    buildDataset(readDataset(dir), { documentsDir: defaultDocumentsDir });
  } catch (error) {
    expect(error).toBeInstanceOf(DatasetError);
    return (error as Error).message;
  }
  throw new Error("expected the dataset to be rejected");
}

const setField = (line: string, field: string, value: unknown) =>
  JSON.stringify({ ...JSON.parse(line), [field]: value });

describe("buildDataset on the small fixture", () => {
  it("merges the records into actors and relationships with their evidence", () => {
    const dataset = buildDataset(readDataset(path.join(fixturesDir, "small")), { documentsDir: defaultDocumentsDir });
    expect(dataset.actors).toHaveLength(10);
    expect(dataset.relationships).toHaveLength(17);
    const kampfer = dataset.actors.find((a) => a.id === "fx-ulf-kampfer");
    expect(kampfer?.name).toBe("Ulf Kämpfer");
    const founded = dataset.relationships.find(
      (r) => r.id === "FOUNDED:fx-athens:fx-solidarity-cities-initiative:2016",
    );
    expect(founded?.year).toBe(2016);
    expect(founded?.quotes.length).toBe(founded?.sources.length);
    expect(founded?.quotes.length).toBeGreaterThanOrEqual(1);
  });
});

describe("buildDataset keeps apart what the text keeps apart", () => {
  it("a planned and an actual membership of the same pair are two relationships", () => {
    const dir = fixtureWith("relationships.jsonl", (lines) => {
      const membership = lines.find((l) => JSON.parse(l).type === "MEMBER_OF")!;
      return [...lines, setField(membership, "status", "planned")];
    });
    const dataset = buildDataset(readDataset(dir), { documentsDir: defaultDocumentsDir });
    expect(dataset.relationships).toHaveLength(18);
    const ids = dataset.relationships.filter((r) => r.from === "fx-amsterdam" && r.type === "MEMBER_OF");
    expect(ids.map((r) => [r.id, r.status])).toEqual([
      ["MEMBER_OF:fx-amsterdam:fx-eurocities", undefined],
      ["MEMBER_OF:fx-amsterdam:fx-eurocities:planned", "planned"],
    ]);
  });

  it("derives reportedYear from the source and the mayors' country from their city", () => {
    const dataset = buildDataset(readDataset(path.join(fixturesDir, "small")), { documentsDir: defaultDocumentsDir });
    expect(dataset.relationships.every((r) => r.reportedYear === 2016)).toBe(true);
    expect(dataset.actors.find((a) => a.id === "fx-ulf-kampfer")).toMatchObject({
      country: "DE",
      countrySource: "inherited",
    });
  });
});

describe("buildDataset rejects bad records with file, line and reason", () => {
  it.each([
    [
      "broken JSON",
      "actors.jsonl",
      (l: string[]) => [l[0]!.slice(0, -2), ...l.slice(1)],
      /actors\.jsonl:1: not valid JSON/,
    ],
    [
      "an unknown actor type",
      "actors.jsonl",
      (l: string[]) => [setField(l[0]!, "type", "Company"), ...l.slice(1)],
      /actors\.jsonl:1 \(fx-[a-z-]+\): type Invalid option/,
    ],
    [
      "a non-slug id",
      "actors.jsonl",
      (l: string[]) => [setField(l[0]!, "id", "Fx Athens"), ...l.slice(1)],
      /id must be a slug/,
    ],
    [
      "a bad country code",
      "actors.jsonl",
      (l: string[]) => [setField(l[0]!, "country", "Netherlands"), ...l.slice(1)],
      /country must be an ISO 3166-1 alpha-2 code/,
    ],
    [
      "missing evidence",
      "actors.jsonl",
      (l: string[]) => [setField(l[0]!, "evidence", []), ...l.slice(1)],
      /evidence needs at least one evidence item/,
    ],
    [
      "an unknown field",
      "actors.jsonl",
      (l: string[]) => [setField(l[0]!, "population", 5), ...l.slice(1)],
      /Unrecognized key/,
    ],
    [
      "a quote that is not in the document",
      "actors.jsonl",
      (l: string[]) => [
        setField(l[0]!, "evidence", [{ source: DOC, quote: "Amsterdam is the capital of solidarity" }]),
        ...l.slice(1),
      ],
      /quote not found verbatim in 002_7b751642ae57aecf\.txt/,
    ],
    [
      "evidence citing another document",
      "actors.jsonl",
      (l: string[]) => [
        setField(l[0]!, "evidence", [{ source: "000_056a555545ab11b6.txt", quote: "x" }]),
        ...l.slice(1),
      ],
      /evidence cites "000_056a555545ab11b6\.txt" but the record sits in the folder of "002_7b751642ae57aecf\.txt"/,
    ],
    [
      "two actors sharing a name",
      "actors.jsonl",
      (l: string[]) => [...l, setField(l[0]!, "id", "fx-copy")],
      /name or alias ".+" also belongs to "fx-/,
    ],
    [
      "a relationship to an undefined actor",
      "relationships.jsonl",
      (l: string[]) => [setField(l[0]!, "to", "fx-nowhere"), ...l.slice(1)],
      /relationships\.jsonl:1 \(.+\): "fx-nowhere" is not defined in 002_7b751642ae57aecf\.txt/,
    ],
    [
      "an unknown relationship type",
      "relationships.jsonl",
      (l: string[]) => [setField(l[0]!, "type", "LIKES"), ...l.slice(1)],
      /relationships\.jsonl:1 .*type Invalid option/,
    ],
    [
      "a self-loop",
      "relationships.jsonl",
      (l: string[]) => [JSON.stringify({ ...JSON.parse(l[0]!), to: JSON.parse(l[0]!).from }), ...l.slice(1)],
      /a relationship must join two different actors/,
    ],
    [
      "a year that is not a year",
      "relationships.jsonl",
      (l: string[]) => [setField(l[0]!, "year", "2016"), ...l.slice(1)],
      /year Invalid input: expected number/,
    ],
    [
      "until before year",
      "relationships.jsonl",
      (l: string[]) => [setField(setField(l[0]!, "year", 2018), "until", 2010), ...l.slice(1)],
      /until 2010 is before year 2018/,
    ],
  ] as const)("%s", (_name, file, edit, message) => {
    expect(problems(fixtureWith(file, edit))).toMatch(message);
  });

  it("reports every problem at once, not only the first", () => {
    const dir = fixtureWith("relationships.jsonl", (l) => [
      setField(l[0]!, "to", "fx-a"),
      setField(l[1]!, "to", "fx-b"),
      ...l.slice(2),
    ]);
    const message = problems(dir);
    expect(message).toMatch(/has 2 problems/);
    expect(message).toContain('"fx-a"');
    expect(message).toContain('"fx-b"');
  });

  it("rejects an actor whose type contradicts another document", () => {
    const dir = fixtureWith("actors.jsonl", (l) => l);
    const otherDoc = path.join(dir, "004_77a495c5e7f71f25.txt");
    cpSync(path.join(dir, DOC), otherDoc, { recursive: true });
    const sources = JSON.parse(readFileSync(path.join(dir, "sources.json"), "utf8"));
    writeFileSync(
      path.join(dir, "sources.json"),
      JSON.stringify([...sources, { ...sources[0], id: "004_77a495c5e7f71f25.txt" }]),
    );
    const lines = readFileSync(path.join(otherDoc, "actors.jsonl"), "utf8").trim().split("\n");
    writeFileSync(
      path.join(otherDoc, "actors.jsonl"),
      lines
        .map((line) =>
          setField(setField(line, "type", "NGO"), "evidence", [
            { source: "004_77a495c5e7f71f25.txt", quote: "Solidarity Cities" },
          ]),
        )
        .join("\n"),
    );
    writeFileSync(path.join(otherDoc, "relationships.jsonl"), "");
    expect(problems(dir)).toMatch(
      /type NGO contradicts type \w+ given in 002_7b751642ae57aecf\.txt\/actors\.jsonl:\d+/,
    );
  });
});
