import { toActor, toRelationship, type Actor, type Relationship } from "@atlas/model";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { toActorRow, toRelationshipRow } from "../loading/loadDataset.ts";
import { HEADERS, toActorLine, toRelationshipLine, toSourceLine } from "./importToolCsv.ts";
import { ImportToolFiles } from "./importToolFiles.ts";

const US = "\u001f";
const actor = toActor({
  id: "liege",
  type: "City",
  name: 'Liège, "the" city',
  aliases: ["Luik", "Lüttich"],
  country: "BE",
  evidence: [
    { source: "a.txt", quote: "Liège declared itself\na city of refuge" },
    { source: "b.txt", quote: 'said: "welcome", twice' },
  ],
});
const relationship = toRelationship({
  type: "MEMBER_OF",
  from: "liege",
  to: "eurocities",
  year: 2016,
  evidence: [{ source: "a.txt", quote: "Liège joined" }],
});

describe("the import tool's CSV", () => {
  it("names node numbers, typed columns, labels and relationship ends in its headers", () => {
    expect(HEADERS.actors).toBe(
      ":ID,id,:LABEL,type,name,aliases:string[],subtype,country,countrySource,role,description," +
        "lat:double,lon:double,sources:string[],quotes:string[],origin\n",
    );
    expect(HEADERS.relationships).toBe(
      ":START_ID,:END_ID,:TYPE,id,year:long,until:long,status,office,purpose," +
        "reportedYear:long,reportedYearNote,sources:string[],quotes:string[],origin\n",
    );
    expect(HEADERS.sources).toBe(":ID,id,:LABEL,title,publisher,author,year:long,yearNote,type,url\n");
  });

  it("quotes every string, doubles quotes, keeps commas and line breaks inside the quotes, joins lists with U+001F", () => {
    expect(toActorLine(actor, "curation")).toBe(
      `"liege","Actor${US}City","City","Liège, ""the"" city","Luik${US}Lüttich",,"BE",,,,,,` +
        `"a.txt${US}b.txt","Liège declared itself\na city of refuge${US}said: ""welcome"", twice","curation"\n`,
    );
  });

  it("writes integers as digits, absent properties empty (the tool sets none), ends as node numbers only", () => {
    expect(toRelationshipLine(relationship, "curation")).toBe(
      `"MEMBER_OF","MEMBER_OF:liege:eurocities:2016",2016,,,,,,,"a.txt","Liège joined","curation"\n`,
    );
    expect(toSourceLine({ id: "a.txt", title: "T", publisher: "P", type: "report", year: 2019 })).toBe(
      `"a.txt","Source","T","P",,2019,,"report",\n`,
    );
  });

  it("keeps an empty string apart from an absent property, and an empty list as no property", () => {
    const line = toActorLine({ ...actor, name: "Liège", aliases: [], role: "" }, "o");
    expect(line.split(",").slice(3, 9)).toEqual(['"Liège"', "", "", '"BE"', "", '""']);
  });

  it("stores an empty list as no property in the loaders' rows too, as the tool can only", () => {
    const props = toActorRow({ ...actor, aliases: [], role: "" }, "o").props;
    expect(props).not.toHaveProperty("aliases");
    expect(props).toHaveProperty("role", "");
    expect(toActorLine(props as never, "o")).toBe(toActorLine({ ...actor, aliases: [], role: "" }, "o"));
  });

  it("writes the fields of the loaders' rows, every property set", () => {
    const more = {
      subtype: "s",
      role: "r",
      description: "d",
      countrySource: "inherited",
      lat: 50.6,
      lon: 5.6,
    } as const;
    const fullActor: Actor = { ...actor, ...more };
    expect(toActorLine(toActorRow(fullActor, "o").props as never, "o")).toBe(toActorLine(fullActor, "o"));
    const fullRelationship: Relationship = {
      ...relationship,
      ...{ until: 2020, status: "s", office: "o", purpose: "p", reportedYear: 2017, reportedYearNote: "n" },
    };
    const { from, to, props } = toRelationshipRow(fullRelationship, "o");
    const fromRow = { ...props, from, to, type: relationship.type } as never;
    expect(toRelationshipLine(fromRow, "o")).toBe(toRelationshipLine(fullRelationship, "o"));
  });

  it("refuses a property that has no column instead of dropping it", () => {
    expect(() => toActorLine({ ...actor, motto: "x" } as never, "o")).toThrow(
      'importTool: actor property "motto" has no column',
    );
  });
});

describe("the import tool's files", () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "atlas-tool-csv-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("puts rows with line breaks in files the tool is told may span lines, and names only files with rows", () => {
    const files = new ImportToolFiles(dir, "curation");
    const kiel = toActor({
      id: "kiel",
      type: "City",
      name: "Kiel",
      aliases: [],
      evidence: [{ source: "a.txt", quote: "Kiel" }],
    });
    files.line("actor", `0,${toActorLine(actor, files.origin)}`);
    files.line("actor", `1,${toActorLine(kiel, files.origin)}`);
    files.line("relationship", `0,2,${toRelationshipLine(relationship, files.origin)}`);
    const args = files.close();
    const at = (name: string) => path.join(dir, name);
    expect(args).toEqual([
      `--nodes=${at("actors-header.csv")},${at("actors.csv")}`,
      `--nodes=${at("actors-header.csv")},${at("actors-multiline.csv")}`,
      `--relationships=${at("relationships-header.csv")},${at("relationships.csv")}`,
      "--multiline-fields-format=v2",
      `--multiline-fields=${at("actors-multiline.csv")}`,
    ]);
    expect(readFileSync(at("actors.csv"), "utf8")).toMatch(/^1,"kiel",/);
    expect(readFileSync(at("actors-multiline.csv"), "utf8")).toMatch(/^0,"liege",/);
  });
});
