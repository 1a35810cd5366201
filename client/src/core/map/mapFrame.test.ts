import { describe, expect, it } from "vitest";
import { project, type Positions } from "../geoLayout.ts";
import { getMapFrameIds } from "./mapFrame.ts";

const CITIES: Record<string, [number, number]> = {
  athens: [23.73, 37.98],
  berlin: [13.4, 52.52],
  bremen: [8.8, 53.08],
  barcelona: [2.17, 41.39],
  palermo: [13.36, 38.12],
  amsterdam: [4.9, 52.37],
  warsaw: [21.01, 52.23],
  lisbon: [-9.14, 38.72],
  helsinki: [24.94, 60.17],
  "san-francisco": [-122.42, 37.77],
  rosario: [-60.65, -32.95],
};
const positions: Positions = Object.fromEntries(
  Object.entries(CITIES).map(([id, [lon, lat]]) => [id, project(lon, lat)]),
);

describe("getMapFrameIds", () => {
  it("frames Europe's cities and leaves San Francisco and Rosario out", () => {
    const framed = getMapFrameIds(positions, Object.keys(positions));
    expect(framed.sort()).toEqual(
      Object.keys(CITIES)
        .filter((id) => id !== "san-francisco" && id !== "rosario")
        .sort(),
    );
  });

  it("keeps every actor of a network spread evenly, and all of a few", () => {
    const europe = Object.keys(CITIES).filter((id) => id !== "san-francisco" && id !== "rosario");
    expect(getMapFrameIds(positions, europe).sort()).toEqual(europe.sort());
    expect(getMapFrameIds(positions, ["athens", "san-francisco"]).sort()).toEqual(["athens", "san-francisco"]);
  });

  it("leaves out ids without a position", () => {
    expect(getMapFrameIds(positions, ["athens", "nowhere"])).toEqual(["athens"]);
  });
});
