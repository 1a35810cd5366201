import { describe, expect, it } from "vitest";
import { fromUpCloseParams, NO_UP_CLOSE, toUpCloseParams, type UpCloseView } from "./upCloseParams.ts";

const roundTrip = (view: UpCloseView) => {
  const params = new URLSearchParams();
  toUpCloseParams(view, (key, value) => params.set(key, value));
  return { text: params.toString(), back: fromUpCloseParams(new URLSearchParams(params.toString())) };
};

describe("up-close URL parameters", () => {
  it("write nothing for the default view", () => {
    expect(roundTrip(NO_UP_CLOSE)).toEqual({ text: "", back: NO_UP_CLOSE });
  });

  it("keep pins to two decimals and the label density", () => {
    const view = { pins: { "fx-kiel": { x: 12.3456, y: -7 }, "fx-milan": { x: 0, y: 0.5 } }, labelDensity: 0.4 };
    const { text, back } = roundTrip(view);
    expect(text).toBe("pins=fx-kiel%7E12.35%7E-7%2Cfx-milan%7E0%7E0.5&labels=0.4");
    expect(back).toEqual({ pins: { "fx-kiel": { x: 12.35, y: -7 }, "fx-milan": { x: 0, y: 0.5 } }, labelDensity: 0.4 });
  });

  it("drop damaged pins and densities out of range, keeping the rest", () => {
    const back = fromUpCloseParams(new URLSearchParams("pins=fx-kiel~1~2,Bad~1~2,fx-milan~x~2&labels=40"));
    expect(back).toEqual({ pins: { "fx-kiel": { x: 1, y: 2 } }, labelDensity: null });
  });
});
