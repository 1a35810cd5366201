import { describe, expect, it } from "vitest";
import { fromSearchParams, toSearchParams, DEFAULT_URL_STATE } from "../urlState.ts";
import { NO_TOPOLOGY } from "./topology.ts";

describe("topological filters in the URL", () => {
  it("round-trips every topological filter and the actors selected together", () => {
    const state = {
      ...DEFAULT_URL_STATE,
      selected: "eurocities",
      alsoSelected: ["iash"],
      topology: { ego: 2, core: 3, largest: true, hideIsolates: true },
    };
    const search = toSearchParams(state);
    expect(search).toBe("sel=eurocities&ego=2&core=3&lcc=1&isolates=0&also=iash");
    expect(fromSearchParams(search)).toEqual(state);
  });

  it("writes nothing when they are off", () => {
    expect(toSearchParams(DEFAULT_URL_STATE)).toBe("");
    expect(fromSearchParams("").topology).toEqual(NO_TOPOLOGY);
  });

  it("drops damaged values and keeps the rest", () => {
    const { topology } = fromSearchParams("ego=-1&core=0&lcc=yes&isolates=0");
    expect(topology).toEqual({ ...NO_TOPOLOGY, hideIsolates: true });
    expect(fromSearchParams("ego=99").topology?.ego).toBeNull();
  });
});
