/**
 * The topology, selection and projection slices in Node, on a store loaded from
 * seed/fixtures/small; the analysis API is a fake server answering from the same fixture.
 */
import { beforeEach, describe, expect, it, vi } from "vitest";
import { readFixtureSubgraph } from "../../../../seed/fixtures/subgraph.ts";
import type { ProjectionDto } from "../../api/analysisQueries.ts";
import type { useExplorer as UseExplorer } from "../store.ts";
import { NO_TOPOLOGY } from "../topology/topology.ts";
import { DEFAULT_URL_STATE } from "../urlState.ts";

const small = readFixtureSubgraph("small");
const graphApi = vi.hoisted(() => ({
  fetchExplorerStart: vi.fn(),
  fetchOverview: vi.fn(),
  fetchGroupMembers: vi.fn(),
  fetchNeighbourhood: vi.fn(),
  fetchShortestPath: vi.fn(),
}));
const analysisApi = vi.hoisted(() => ({ fetchProjection: vi.fn(), fetchCommonNeighbours: vi.fn() }));
vi.mock("../../api/graphQueries.ts", () => graphApi);
vi.mock("../../api/analysisQueries.ts", () => analysisApi);

const [KIEL, MILAN, ATHENS] = ["fx-kiel", "fx-milan", "fx-athens"];
const node = (id: string) => small.nodes.find((n) => n.id === id)!;
/** Kiel and Milan share two intermediaries, Milan and Athens one. */
const PROJECTION: ProjectionDto = {
  edges: [
    { from: node(KIEL), to: node(MILAN), weight: 2, via: [] },
    { from: node(ATHENS), to: node(MILAN), weight: 1, via: [] },
  ].map((e) => ({
    ...e,
    via: Array.from({ length: e.weight }, (_, i) => ({ id: `v${i}`, name: "", type: "", relationships: [] })),
  })) as ProjectionDto["edges"],
  total: 2,
  truncated: false,
};

let useExplorer: typeof UseExplorer;
beforeEach(async () => {
  vi.resetModules();
  graphApi.fetchExplorerStart.mockResolvedValue({
    stats: { actors: small.nodes.length, relationships: small.edges.length },
    graph: small,
    sources: [],
  });
  analysisApi.fetchProjection.mockResolvedValue(PROJECTION);
  ({ useExplorer } = await import("../store.ts"));
  await useExplorer.getState().load(DEFAULT_URL_STATE);
});

describe("topology and selection", () => {
  it("makes each topological filter change one undo step", () => {
    const { setTopology, undo, redo } = useExplorer.getState();
    setTopology({ core: 2 });
    setTopology({ largest: true });
    expect(useExplorer.getState().topology).toEqual({ ...NO_TOPOLOGY, core: 2, largest: true });
    undo();
    expect(useExplorer.getState().topology).toEqual({ ...NO_TOPOLOGY, core: 2 });
    undo();
    expect(useExplorer.getState().topology).toEqual(NO_TOPOLOGY);
    redo();
    expect(useExplorer.getState().topology.core).toBe(2);
  });

  it("adds to the selection and takes out of it; a plain select chooses one actor again", () => {
    const { select, toggleSelected } = useExplorer.getState();
    select(KIEL);
    toggleSelected(MILAN);
    expect(useExplorer.getState()).toMatchObject({ selected: MILAN, alsoSelected: [KIEL] });
    toggleSelected(MILAN);
    expect(useExplorer.getState()).toMatchObject({ selected: KIEL, alsoSelected: [] });
    toggleSelected(ATHENS);
    select(MILAN);
    expect(useExplorer.getState()).toMatchObject({ selected: MILAN, alsoSelected: [] });
  });
});

describe("projection view", () => {
  it("swaps in the projection's graph and brings the network back with the view it had", async () => {
    const network = useExplorer.getState().graph;
    useExplorer.getState().focus(KIEL);
    useExplorer.getState().setFilters({ relTypes: ["MEMBER_OF"] });
    const history = useExplorer.getState().history;
    const settings = { type: "City", via: ["CityNetwork"], minShared: 1, relationshipTypes: ["MEMBER_OF"] };
    await useExplorer.getState().showProjection(settings);
    const shown = useExplorer.getState();
    expect(analysisApi.fetchProjection).toHaveBeenCalledWith(settings);
    expect(shown.graph).not.toBe(network);
    expect(shown.graph.getEdgeAttribute(`SHARES:${KIEL}:${MILAN}`, "weight")).toBe(2);
    expect(shown).toMatchObject({ projection: settings, subset: null, selected: KIEL });
    expect(shown.filters.relTypes).toBeNull();

    useExplorer.getState().showNetwork();
    const back = useExplorer.getState();
    expect(back.graph).toBe(network);
    expect(back.projection).toBeNull();
    expect(back.selected).toBe(KIEL);
    expect(back.subset).toEqual(new Set([KIEL, ...network.neighbors(KIEL)]));
    expect(back.filters.relTypes).toEqual(["MEMBER_OF"]);
    expect(back.history).toBe(history);
  });

  it("goes back to the network before adding actors to it", async () => {
    await useExplorer
      .getState()
      .showProjection({ type: "City", via: ["CityNetwork"], minShared: 1, relationshipTypes: null });
    graphApi.fetchNeighbourhood.mockResolvedValue({ nodes: [node(KIEL)], edges: [] });
    await useExplorer.getState().expand(KIEL, 1);
    expect(useExplorer.getState().projection).toBeNull();
    expect(useExplorer.getState().graph.size).toBe(small.edges.length);
  });
});
