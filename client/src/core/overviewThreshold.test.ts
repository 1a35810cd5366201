import { expect, it } from "vitest";
import { readOverviewAbove } from "./overviewThreshold.ts";

it("reads a positive integer threshold from the URL, and nothing else", () => {
  const read = (search: string) => readOverviewAbove(new URLSearchParams(search));
  expect(read("overviewAbove=100")).toBe(100);
  expect([read(""), read("overviewAbove=0"), read("overviewAbove=-3"), read("overviewAbove=2.5")]).toEqual([
    null,
    null,
    null,
    null,
  ]);
});
