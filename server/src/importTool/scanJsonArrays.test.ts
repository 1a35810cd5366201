import { DatasetError } from "@atlas/model";
import { describe, expect, it } from "vitest";
import { scanJsonArrays } from "./scanJsonArrays.ts";

async function* inChunks(text: string, size: number) {
  for (let i = 0; i < text.length; i += size) yield text.slice(i, i + size);
}

async function scan(text: string, size = text.length) {
  const found: Array<[string, number, unknown]> = [];
  for await (const { key, index, text: element } of scanJsonArrays(inChunks(text, size), "f.json")) {
    found.push([key, index, JSON.parse(element)]);
  }
  return found;
}

const body = {
  sources: [{ id: "a.txt", title: 'quotes " and \\ and braces } ] { [' }],
  actors: [{ id: "kiel", aliases: ["a", "b"], evidence: [{ quote: "x, y" }] }, 42, "text", null, [1, [2]]],
  relationships: [],
};

describe("scanJsonArrays", () => {
  it("hands over each element of the top-level arrays, whatever the chunk boundaries", async () => {
    const expected = [["sources", 1, body.sources[0]], ...body.actors.map((actor, i) => ["actors", i + 1, actor])];
    for (const text of [JSON.stringify(body), JSON.stringify(body, null, 2)]) {
      for (const size of [1, 2, 3, 7, 64, text.length]) expect(await scan(text, size)).toEqual(expected);
    }
  });

  it.each([
    ["[]", "must be an object {sources?, actors, relationships}"],
    ['{"actors": {}}', "actors must be an array"],
    ['{"actors": 3}', "actors must be an array"],
    ['{"places": []}', "unknown top-level key: places"],
    ['{"actors": [{"id": "a"}', "not valid JSON: the file ends inside the object"],
    ['{"actors": []} {}', "not valid JSON: text after the end of the object"],
    ["", "is empty"],
  ])("stops at once on %s", async (text, reason) => {
    const error = await scan(text).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatasetError);
    expect((error as DatasetError).issues).toEqual([{ file: "f.json", reason }]);
  });
});
