import { describe, expect, it } from "vitest";
import { DEFAULT_URL_STATE, fromSearchParams, toSearchParams, type UrlState } from "./urlState.ts";

describe("URL state", () => {
  it("round-trips every part of the view", () => {
    const state: UrlState = {
      subset: ["athens", "eurocities", "thessaloniki"],
      filters: {
        types: ["City", "CityNetwork"],
        relTypes: ["MEMBER_OF"],
        sources: ["002_7b751642ae57aecf.txt"],
        countries: ["GR", "DE"],
        years: [2015, 2019],
        includeUndated: false,
      },
      selected: "athens",
      path: ["bremen", "unhcr"],
      layout: "geo",
      camera: { x: 0.5123, y: 0.4, ratio: 0.75 },
      groups: [
        ["City|DE", 2],
        ["Person|", 1],
      ],
      overviewAbove: 100,
    };
    expect(fromSearchParams(toSearchParams(state))).toEqual(state);
  });

  it("leaves the URL empty for the default view", () => {
    expect(toSearchParams(DEFAULT_URL_STATE)).toBe("");
    expect(fromSearchParams("")).toEqual(DEFAULT_URL_STATE);
  });

  it("drops damaged parameters and keeps the rest", () => {
    const state = fromSearchParams("sel=<script>&years=20-x&cam=1,2&layout=3d&types=City&nodes=a,B%20C");
    expect(state.selected).toBeNull();
    expect(state.filters.years).toBeNull();
    expect(state.camera).toBeNull();
    expect(state.layout).toBe("force");
    expect(state.subset).toBeNull();
    expect(state.filters.types).toEqual(["City"]);
    expect(fromSearchParams("groups=City|DE~0&overviewAbove=-3")).toMatchObject({ groups: null, overviewAbove: null });
    expect(fromSearchParams("groups=City|DE~2,x").groups).toBeNull();
  });

  it("keeps an empty filter (nothing allowed) distinct from no filter", () => {
    expect(fromSearchParams("types=").filters.types).toEqual([]);
    expect(fromSearchParams("").filters.types).toBeNull();
  });
});
