import type { MetricName } from "@atlas/analysis";
import { actorTypeColour } from "@atlas/model";
import { describe, expect, it } from "vitest";
import type { NodeAttributes } from "../atlasGraph.ts";
import { getAppearance, OTHER_LABEL, SIZE_RANGE, type AppearanceInput } from "./appearance.ts";
import { CATEGORY_COLOURS, getViridis, OTHER_COLOUR, VIRIDIS } from "./colourScales.ts";

const actor = (i: number): NodeAttributes => ({
  label: `Actor ${i}`,
  actorType: i % 2 ? "City" : "NGO",
  subtype: null,
  country: `C${i % 12}`,
  countrySource: null,
  lat: null,
  lon: null,
  role: null,
  sources: i % 3 ? [`doc${i % 3}`] : ["doc1", "doc2"],
  x: 0,
  y: 0,
  size: 5,
  color: "#000000",
});

const ids = Array.from({ length: 24 }, (_, i) => `a${i}`);
const metricOf = (metric: MetricName, id: string) => {
  const i = Number(id.slice(1));
  if (metric === "pagerank") return i === 23 ? undefined : i / 100;
  if (metric === "community") return i % 3;
  return undefined;
};
const input = (change: Partial<AppearanceInput>): AppearanceInput => ({
  ids,
  attributesOf: (id) => actor(Number(id.slice(1))),
  metricOf,
  sizeBy: null,
  colourBy: "type",
  ...change,
});

describe("getAppearance", () => {
  it("sizes by a metric from the smallest to the largest size, area growing with the value", () => {
    const { styles, size } = getAppearance(input({ sizeBy: "pagerank" }));
    expect(size).toEqual({ title: "PageRank", min: 0, max: 0.22, minSize: SIZE_RANGE.min, maxSize: SIZE_RANGE.max });
    expect(styles.get("a0")!.size).toBe(SIZE_RANGE.min);
    expect(styles.get("a22")!.size).toBe(SIZE_RANGE.max);
    const quarter = styles.get("a11")!.size!;
    expect(quarter).toBeCloseTo(SIZE_RANGE.min + (SIZE_RANGE.max - SIZE_RANGE.min) * Math.sqrt(0.5), 6);
    // Not computed for this actor: it keeps its own size.
    expect(styles.get("a23")?.size).toBeUndefined();
  });

  it("colours a quantity along viridis and says the range", () => {
    const { styles, colour } = getAppearance(input({ colourBy: "pagerank" }));
    expect(colour).toEqual({ kind: "ramp", title: "PageRank", min: 0, max: 0.22, stops: VIRIDIS });
    expect(styles.get("a0")!.color).toBe(VIRIDIS[0]);
    expect(styles.get("a22")!.color).toBe(VIRIDIS[10]);
    expect(styles.get("a11")!.color).toBe(getViridis(0.5));
  });

  it("colours categories by size, the largest first, and groups those past the palette as other", () => {
    const { styles, colour } = getAppearance(input({ colourBy: "country" }));
    if (colour?.kind !== "categories") throw new Error("expected categories");
    expect(colour.items).toHaveLength(CATEGORY_COLOURS.length + 1);
    expect(colour.items.slice(0, 9).map((item) => item.label)).toEqual([
      "C0",
      "C1",
      "C10",
      "C11",
      "C2",
      "C3",
      "C4",
      "C5",
      "C6",
    ]);
    expect(colour.items.at(-1)).toEqual({ label: `${OTHER_LABEL} (3 more)`, color: OTHER_COLOUR, count: 6 });
    expect(colour.items.reduce((sum, item) => sum + item.count, 0)).toBe(ids.length);
    expect(styles.get("a0")!.color).toBe(CATEGORY_COLOURS[0]);
    expect(styles.get("a9")!.color).toBe(OTHER_COLOUR);
  });

  it("colours communities and documents as categories, and types in their own colours", () => {
    const communities = getAppearance(input({ colourBy: "community" })).colour;
    expect(communities).toMatchObject({ kind: "categories", title: "Community" });
    expect(communities?.kind === "categories" && communities.items.map((i) => i.label)).toEqual([
      "Community 0",
      "Community 1",
      "Community 2",
    ]);
    const documents = getAppearance(input({ colourBy: "document" })).colour;
    expect(documents?.kind === "categories" && documents.items.map((i) => [i.label, i.count])).toEqual([
      ["doc1", 8],
      ["doc2", 8],
      ["several documents", 8],
    ]);
    const { styles, colour } = getAppearance(input({ colourBy: "type" }));
    expect(colour).toEqual({
      kind: "categories",
      title: "Type",
      items: [
        { label: "City", color: actorTypeColour("City"), count: 12 },
        { label: "NGO", color: actorTypeColour("NGO"), count: 12 },
      ],
    });
    expect(styles.get("a1")!.color).toBe(actorTypeColour("City"));
  });

  it("styles only the actors given and nothing where a metric has no values yet", () => {
    const { styles, colour, size } = getAppearance(input({ ids: ["a1"], colourBy: "closeness", sizeBy: "degree" }));
    expect([...styles.keys()]).toEqual([]);
    expect(colour).toBeNull();
    expect(size).toBeNull();
  });
});
