import { describe, expect, it } from "vitest";
import { populationSettings } from "./populationSettings.ts";

const key = "internal.dbms.index.lucene.population_ram_buffer_size";

describe("populationSettings", () => {
  it("gives each full-text population an eighth of the heap, at most 512 MB", () => {
    expect(populationSettings("1g")[key]).toBe("128.0");
    expect(populationSettings("4g")[key]).toBe("512.0");
    expect(populationSettings("16g")[key]).toBe("512.0");
  });

  it("keeps Neo4j's 50 MB where an eighth of the heap is less", () => {
    expect(populationSettings("256m")).toEqual({});
  });
});
