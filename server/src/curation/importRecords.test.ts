/**
 * The validation half of an import, without Neo4j: what is stored is a pair of id sets, so every
 * rule (parsing, fields, references, duplicates) is checked here; curation.int.test.ts checks
 * the same inputs end to end against a database.
 */
import { DatasetError, type DatasetIssue } from "@atlas/model";
import { buildDataset, fixturesDir, readDataset } from "@atlas/seed";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { validateImport, type Existing, type ImportInput } from "./importRecords.ts";

const repoRoot = path.resolve(import.meta.dirname, "..", "..", "..");
const template = (name: string) => ({
  name,
  text: readFileSync(path.join(repoRoot, "seed", "templates", name), "utf8"),
});
const DOC = "002_7b751642ae57aecf.txt";
const ACTORS_HEADER = "id,type,name,aliases,subtype,country,role,description,source,quote";
const RELS_HEADER = "type,from,to,year,until,status,office,purpose,source,quote";
const goodActor = `imp-a,NGO,Import A,,,DE,,,${DOC},Solidarity Cities`;

/** What the database holds, recording every id the validation asks about. */
function stored(actorIds: string[] = [], sourceIds: string[] = [DOC]) {
  const asked = { actors: [] as string[], sources: [] as string[] };
  const existing: Existing = {
    actorIds: { has: (id) => (asked.actors.push(id), actorIds.includes(id)) },
    sourceIds: { has: (id) => (asked.sources.push(id), sourceIds.includes(id)) },
  };
  return { existing, asked };
}

const csv = (actors?: string, relationships?: string): ImportInput => ({
  ...(actors !== undefined && { actorsCsv: { name: "actors.csv", text: actors } }),
  ...(relationships !== undefined && { relationshipsCsv: { name: "relationships.csv", text: relationships } }),
});
const json = (text: string): ImportInput => ({ json: { name: "data.json", text } });

function issuesOf(input: ImportInput, existing = stored(["athens", "eurocities"]).existing): DatasetIssue[] {
  try {
    validateImport(input, existing);
  } catch (error) {
    expect(error).toBeInstanceOf(DatasetError);
    return (error as DatasetError).issues;
  }
  throw new Error("importRecords.test: the import was accepted");
}

describe("validateImport accepts", () => {
  it("the JSON template, with its relationship to a stored actor", () => {
    const { existing, asked } = stored(["berlin"], []);
    expect(validateImport({ json: template("import.json") }, existing)).toEqual({
      sources: [
        {
          id: "my_interview_notes.txt",
          title: "Interview with the city's integration office",
          publisher: "Our research group",
          year: 2026,
          type: "report",
        },
      ],
      actors: [
        {
          id: "example-welcome-centre",
          type: "NGO",
          name: "Example Welcome Centre",
          aliases: ["EWC"],
          country: "DE",
          sources: ["my_interview_notes.txt"],
          quotes: ["The Example Welcome Centre opened in 2021."],
        },
      ],
      relationships: [
        {
          id: "LOCATED_IN:example-welcome-centre:berlin:2021",
          type: "LOCATED_IN",
          from: "example-welcome-centre",
          to: "berlin",
          year: 2021,
          sources: ["my_interview_notes.txt"],
          quotes: ["The Example Welcome Centre opened in 2021 in Berlin."],
        },
      ],
    });
    // Only references outside the import are asked of the database.
    expect(asked).toEqual({ actors: ["berlin"], sources: [] });
  });

  it("the CSV templates with their sources file, as the CLI passes them", () => {
    const sources = template("sources.json");
    const dataset = validateImport(
      {
        json: { name: sources.name, text: `{"sources": ${sources.text}}` },
        actorsCsv: template("actors.csv"),
        relationshipsCsv: template("relationships.csv"),
      },
      stored(["berlin"], []).existing,
    );
    const fromJson = validateImport({ json: template("import.json") }, stored(["berlin"], []).existing);
    expect(dataset.sources).toEqual(fromJson.sources);
    expect(dataset.relationships).toEqual(fromJson.relationships);
    expect(dataset.actors).toEqual([{ ...fromJson.actors[0], description: "A drop-in centre for newcomers" }]);
  });

  it("the small fixture as one JSON import, giving what the seed's own validation gives", () => {
    const folder = path.join(fixturesDir, "small");
    const lines = (file: string) =>
      readFileSync(path.join(folder, DOC, file), "utf8")
        .split("\n")
        .filter((line) => line.trim() !== "")
        .map((line) => JSON.parse(line) as unknown);
    const text = JSON.stringify({
      sources: JSON.parse(readFileSync(path.join(folder, "sources.json"), "utf8")),
      actors: lines("actors.jsonl"),
      relationships: lines("relationships.jsonl"),
    });
    const { existing, asked } = stored([], []);
    const dataset = validateImport(json(text), existing);
    const seed = buildDataset(readDataset(folder));
    const byId = <T extends { id: string }>(list: T[]) => [...list].sort((a, b) => a.id.localeCompare(b.id));
    expect(dataset.actors).toHaveLength(10);
    expect(dataset.relationships).toHaveLength(17);
    // Imports do not derive (docs/data-model.md, "Derived properties"): compare what the records state.
    const statedActors = seed.actors.map(({ countrySource, country, ...actor }) =>
      countrySource ? actor : { ...actor, ...(country && { country }) },
    );
    const statedRelationships = seed.relationships.map(({ reportedYear, reportedYearNote, ...rel }) => rel);
    expect(byId(dataset.actors)).toEqual(statedActors);
    expect(byId(dataset.relationships)).toEqual(statedRelationships);
    expect(asked).toEqual({ actors: [], sources: [] });
  });

  it("CSV with a byte-order mark, padded cells, |-separated aliases, empty cells and blank lines", () => {
    const text = `\uFEFF${ACTORS_HEADER}\n\n imp-a , NGO ,Import A, EWC | Welcome ||,,DE,,,${DOC}, a quote \n`;
    expect(validateImport(csv(text), stored().existing).actors).toEqual([
      {
        id: "imp-a",
        type: "NGO",
        name: "Import A",
        aliases: ["EWC", "Welcome"],
        country: "DE",
        sources: [DOC],
        quotes: ["a quote"],
      },
    ]);
  });

  it("nulls in JSON as absent fields, and relationships in CSV between actors in JSON", () => {
    const actor = (id: string) => ({
      id,
      type: "NGO",
      name: id,
      country: null,
      evidence: [{ source: DOC, quote: "q" }],
    });
    const dataset = validateImport(
      {
        json: { name: "data.json", text: JSON.stringify({ actors: [actor("imp-a"), actor("imp-b")] }) },
        relationshipsCsv: {
          name: "relationships.csv",
          text: `${RELS_HEADER}\nSUPPORTS,imp-a,imp-b,2017,2019,,,,${DOC},q`,
        },
      },
      stored().existing,
    );
    expect(dataset.actors.map((a) => [a.id, a.country])).toEqual([
      ["imp-a", undefined],
      ["imp-b", undefined],
    ]);
    expect(dataset.relationships).toMatchObject([{ id: "SUPPORTS:imp-a:imp-b:2017", year: 2017, until: 2019 }]);
  });

  it("the same pair twice when the years differ (one relationship per type, pair and year)", () => {
    const rows = `${RELS_HEADER}\nMEMBER_OF,imp-a,eurocities,2016,,,,,${DOC},q\nMEMBER_OF,imp-a,eurocities,2018,,,,,${DOC},q`;
    const ids = validateImport(
      csv(`${ACTORS_HEADER}\n${goodActor}`, rows),
      stored(["eurocities"]).existing,
    ).relationships.map((r) => r.id);
    expect(ids).toEqual(["MEMBER_OF:imp-a:eurocities:2016", "MEMBER_OF:imp-a:eurocities:2018"]);
  });
});

describe("validateImport refuses", () => {
  const actorsCsv = (row: string) => csv(`${ACTORS_HEADER}\n${row}`);
  const relationshipCsv = (row: string) => csv(`${ACTORS_HEADER}\n${goodActor}`, `${RELS_HEADER}\n${row}`);
  const jsonActor = (fields: Record<string, unknown>) =>
    json(
      JSON.stringify({
        actors: [{ id: "imp-b", type: "NGO", name: "B", evidence: [{ source: DOC, quote: "q" }], ...fields }],
      }),
    );
  const invalidOption = expect.stringMatching(/^type: Invalid option: expected one of /);
  const cases: Array<[string, ImportInput, DatasetIssue[]]> = [
    [
      "an unknown column",
      csv(`${ACTORS_HEADER},colour\n${goodActor},red`),
      [{ file: "actors.csv", line: 2, record: "imp-a", reason: 'record: Unrecognized key: "colour"' }],
    ],
    [
      "a missing column (so no evidence)",
      csv("id,type,name\nimp-a,NGO,Import A"),
      [{ file: "actors.csv", line: 2, record: "imp-a", reason: "evidence: needs at least one evidence item" }],
    ],
    [
      "an unknown actor type",
      actorsCsv(`imp-a,Company,Import A,,,DE,,,${DOC},q`),
      [{ file: "actors.csv", line: 2, record: "imp-a", reason: invalidOption }],
    ],
    [
      "an id that is not a slug",
      actorsCsv(`Imp A,NGO,Import A,,,DE,,,${DOC},q`),
      [
        {
          file: "actors.csv",
          line: 2,
          record: "Imp A",
          reason: "id: must be a slug: lowercase ascii letters, digits and single hyphens",
        },
      ],
    ],
    [
      "a lower-case country",
      actorsCsv(`imp-a,NGO,Import A,,,de,,,${DOC},q`),
      [
        {
          file: "actors.csv",
          line: 2,
          record: "imp-a",
          reason: "country: must be an ISO 3166-1 alpha-2 code such as DE",
        },
      ],
    ],
    [
      "a source without a quote",
      actorsCsv(`imp-a,NGO,Import A,,,DE,,,${DOC},`),
      [{ file: "actors.csv", line: 2, record: "imp-a", reason: "evidence.0.quote: must not be empty" }],
    ],
    [
      "a quote without a source",
      actorsCsv("imp-a,NGO,Import A,,,DE,,,,a quote"),
      [{ file: "actors.csv", line: 2, record: "imp-a", reason: expect.stringMatching(/^evidence\.0\.source: /) }],
    ],
    [
      "an unknown source",
      actorsCsv("imp-a,NGO,Import A,,,DE,,,rumours.txt,q"),
      [
        {
          file: "actors.csv",
          line: 2,
          record: "imp-a",
          reason: 'unknown source "rumours.txt": add it to sources or use a stored one',
        },
      ],
    ],
    [
      "the same id twice",
      csv(`${ACTORS_HEADER}\n${goodActor}\n${goodActor}`),
      [{ file: "actors.csv", line: 3, record: "imp-a", reason: 'duplicate id "imp-a" in the import' }],
    ],
    [
      "an unterminated quote",
      actorsCsv(`imp-a,NGO,"Import A,,,DE,,,${DOC},q`),
      [{ file: "actors.csv", reason: expect.stringMatching(/^not valid CSV: Quote Not Closed/) }],
    ],
    [
      "a row with a cell missing",
      actorsCsv(`imp-a,NGO,Import A,,,DE,,,${DOC}`),
      [{ file: "actors.csv", reason: expect.stringMatching(/^not valid CSV: .*on line 2/) }],
    ],
    [
      "a relationship to an actor neither imported nor stored",
      relationshipCsv(`MEMBER_OF,imp-a,nowhere,,,,,,${DOC},q`),
      [
        {
          file: "relationships.csv",
          line: 2,
          record: "imp-a -MEMBER_OF-> nowhere",
          reason: '"nowhere" is neither in the import nor in the database',
        },
      ],
    ],
    [
      "an unknown relationship type",
      relationshipCsv(`LOVES,imp-a,athens,,,,,,${DOC},q`),
      [{ file: "relationships.csv", line: 2, record: "imp-a -LOVES-> athens", reason: invalidOption }],
    ],
    [
      "a year that is text",
      relationshipCsv(`MEMBER_OF,imp-a,eurocities,twenty,,,,,${DOC},q`),
      [
        {
          file: "relationships.csv",
          line: 2,
          record: "imp-a -MEMBER_OF-> eurocities",
          reason: "year: Invalid input: expected number, received string",
        },
      ],
    ],
    [
      "until before year",
      relationshipCsv(`MEMBER_OF,imp-a,eurocities,2020,2010,,,,${DOC},q`),
      [
        {
          file: "relationships.csv",
          line: 2,
          record: "imp-a -MEMBER_OF-> eurocities",
          reason: "until 2010 is before year 2020",
        },
      ],
    ],
    [
      "a self-loop",
      relationshipCsv(`PARTNERS_WITH,imp-a,imp-a,,,,,,${DOC},q`),
      [
        {
          file: "relationships.csv",
          line: 2,
          record: "imp-a -PARTNERS_WITH-> imp-a",
          reason: "a relationship must join two different actors",
        },
      ],
    ],
    [
      "the same relationship twice",
      csv(
        `${ACTORS_HEADER}\n${goodActor}`,
        `${RELS_HEADER}\nMEMBER_OF,imp-a,eurocities,,,,,,${DOC},q\nMEMBER_OF,imp-a,eurocities,,,,,,${DOC},other quote`,
      ),
      [
        {
          file: "relationships.csv",
          line: 3,
          record: "imp-a -MEMBER_OF-> eurocities",
          reason: "duplicate relationship MEMBER_OF:imp-a:eurocities in the import",
        },
      ],
    ],
    [
      "a bad status",
      relationshipCsv(`MEMBER_OF,imp-a,eurocities,,,maybe,,,${DOC},q`),
      [
        {
          file: "relationships.csv",
          line: 2,
          record: "imp-a -MEMBER_OF-> eurocities",
          reason: 'status: Invalid option: expected one of "former"|"planned"|"proposed"',
        },
      ],
    ],
    [
      "a relationship citing an unknown source",
      relationshipCsv("MEMBER_OF,imp-a,eurocities,,,,,,rumours.txt,q"),
      [
        {
          file: "relationships.csv",
          line: 2,
          record: "imp-a -MEMBER_OF-> eurocities",
          reason: 'unknown source "rumours.txt": add it to sources or use a stored one',
        },
      ],
    ],
    [
      "an empty import",
      json(`{"actors": [], "relationships": []}`),
      [{ file: "import", reason: "nothing to import: no actors and no relationships" }],
    ],
    [
      "a CSV file with a header only",
      csv(ACTORS_HEADER),
      [{ file: "import", reason: "nothing to import: no actors and no relationships" }],
    ],
    [
      "unknown top-level keys",
      json(`{"actors": [], "people": [], "places": []}`),
      [{ file: "data.json", reason: "unknown top-level keys: people, places" }],
    ],
    [
      "actors that are not a list",
      json(`{"actors": {"id": "x"}}`),
      [{ file: "data.json", reason: "actors must be an array" }],
    ],
    [
      "records that are not objects",
      json(`{"actors": [null, "imp-a"]}`),
      [
        { file: "data.json#actors", line: 1, reason: "record: Invalid input: expected object, received null" },
        { file: "data.json#actors", line: 2, reason: "record: Invalid input: expected object, received string" },
      ],
    ],
    [
      "a number for a name",
      jsonActor({ name: 5 }),
      [
        {
          file: "data.json#actors",
          line: 1,
          record: "imp-b",
          reason: "name: Invalid input: expected string, received number",
        },
      ],
    ],
    [
      "a whitespace name",
      jsonActor({ name: "   " }),
      [{ file: "data.json#actors", line: 1, record: "imp-b", reason: "name: must not be empty" }],
    ],
    [
      "evidence that is a string",
      jsonActor({ evidence: "trust me" }),
      [
        {
          file: "data.json#actors",
          line: 1,
          record: "imp-b",
          reason: "evidence: Invalid input: expected array, received string",
        },
      ],
    ],
    [
      "an over-long quote",
      jsonActor({ evidence: [{ source: DOC, quote: "x".repeat(700) }] }),
      [
        {
          file: "data.json#actors",
          line: 1,
          record: "imp-b",
          reason: "evidence.0.quote: is longer than 600 characters: quote the shortest span that states the fact",
        },
      ],
    ],
    [
      "a bad source record",
      json(
        JSON.stringify({
          sources: [{ id: "notes.md", title: "T", publisher: "P", type: "blog" }],
          actors: [{ id: "imp-c", type: "NGO", name: "C", evidence: [{ source: "notes.md", quote: "q" }] }],
        }),
      ),
      [
        {
          file: "data.json#sources",
          line: 1,
          record: "notes.md",
          reason: expect.stringMatching(/^id: must be a document file name; type: Invalid option/),
        },
        // The source was refused, so the actor cites a source that does not exist.
        {
          file: "data.json#actors",
          line: 1,
          record: "imp-c",
          reason: 'unknown source "notes.md": add it to sources or use a stored one',
        },
      ],
    ],
    [
      "a relationship with an extra field and a year with a fraction",
      json(
        JSON.stringify({
          relationships: [
            { type: "MEMBER_OF", from: "athens", to: "eurocities", weight: 3, evidence: [{ source: DOC, quote: "q" }] },
            {
              type: "MEMBER_OF",
              from: "athens",
              to: "eurocities",
              year: 2019.5,
              evidence: [{ source: DOC, quote: "q" }],
            },
          ],
        }),
      ),
      [
        {
          file: "data.json#relationships",
          line: 1,
          record: "athens -MEMBER_OF-> eurocities",
          reason: 'record: Unrecognized key: "weight"',
        },
        {
          file: "data.json#relationships",
          line: 2,
          record: "athens -MEMBER_OF-> eurocities",
          reason: "year: Invalid input: expected int, received number",
        },
      ],
    ],
  ];

  it.each(cases)("%s, naming file, line, record and reason", (_name, input, expected) => {
    expect(issuesOf(input)).toEqual(expected);
  });

  it("JSON that does not parse, or is not an object, at once", () => {
    expect(() => validateImport(json(`{"actors": [`), stored().existing)).toThrow(
      /^import: the data has 1 problem; nothing was written:\n {2}data\.json: not valid JSON: /,
    );
    expect(() => validateImport(json("[]"), stored().existing)).toThrow(
      "import: the data has 1 problem; nothing was written:\n  data.json: must be an object {sources?, actors, relationships}",
    );
  });

  it("an import with no files at all", () => {
    expect(issuesOf({})).toEqual([{ file: "import", reason: "nothing to import: no actors and no relationships" }]);
  });

  it("every bad row at once, each on its own line of the message", () => {
    const text = `${ACTORS_HEADER}\nimp-x,NGO,X,,,Germany,,,${DOC},q\n${goodActor}\nimp-z,NGO,,,,DE,,,${DOC},q`;
    let message = "";
    try {
      validateImport(csv(text, `${RELS_HEADER}\nMEMBER_OF,imp-a,imp-a,,,,,,${DOC},q`), stored().existing);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message.split("\n")).toEqual([
      "import: the data has 3 problems; nothing was written:",
      "  actors.csv:2 (imp-x): country: must be an ISO 3166-1 alpha-2 code such as DE",
      "  actors.csv:4 (imp-z): name: must not be empty",
      "  relationships.csv:2 (imp-a -MEMBER_OF-> imp-a): a relationship must join two different actors",
    ]);
  });

  it("with the line a row starts on after a cell that spans two lines", () => {
    const text = `${ACTORS_HEADER}\nimp-a,NGO,A,,,DE,,"two\nlines",${DOC},q\nimp-b,Company,B,,,DE,,,${DOC},q`;
    expect(issuesOf(csv(text))).toEqual([{ file: "actors.csv", line: 4, record: "imp-b", reason: invalidOption }]);
  });

  it("with the line a row starts on when the bad row itself spans lines", () => {
    const text = `${ACTORS_HEADER}\n\nimp-b,Company,B,,,DE,,"three\nline\ncell",${DOC},q\n${goodActor}`;
    expect(issuesOf(csv(text))).toEqual([{ file: "actors.csv", line: 3, record: "imp-b", reason: invalidOption }]);
  });

  it("with the line a row starts on in a file with Windows line ends and a byte-order mark", () => {
    const rows = [ACTORS_HEADER, `imp-a,NGO,A,,,DE,,"two\r\nlines",${DOC},q`, `imp-b,Company,B,,,DE,,,${DOC},q`, ""];
    expect(issuesOf(csv(`\ufeff${rows.join("\r\n")}`))).toEqual([
      { file: "actors.csv", line: 4, record: "imp-b", reason: invalidOption },
    ]);
  });
});
