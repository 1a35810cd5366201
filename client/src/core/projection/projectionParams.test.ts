import { describe, expect, it } from "vitest";
import { DEFAULT_URL_STATE, fromSearchParams, toSearchParams } from "../urlState.ts";

describe("the projection view in the URL", () => {
  it("round-trips the type, the intermediary types, the minimum shared and the relationship types", () => {
    const projection = {
      type: "City",
      via: ["CityNetwork", "Project"],
      minShared: 2,
      relationshipTypes: ["MEMBER_OF"],
    };
    const search = toSearchParams({ ...DEFAULT_URL_STATE, projection });
    expect(search).toBe("proj=City&via=CityNetwork%2CProject&shared=2&projrels=MEMBER_OF");
    expect(fromSearchParams(search).projection).toEqual(projection);
    const plain = { ...projection, minShared: 1, relationshipTypes: null };
    expect(fromSearchParams(toSearchParams({ ...DEFAULT_URL_STATE, projection: plain })).projection).toEqual(plain);
  });

  it("drops a damaged projection and keeps the network view", () => {
    for (const search of ["proj=City", "proj=City&via=", "proj=Ci ty&via=Project", "proj=City&via=Project&shared=0"])
      expect(fromSearchParams(search).projection).toBeNull();
    expect(fromSearchParams("").projection).toBeNull();
  });
});
