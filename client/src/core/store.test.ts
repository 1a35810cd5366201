/**
 * The explorer's store in Node: zustand's store works without React, and the API module is
 * replaced by a fake server that answers from seed/fixtures/small. Each test gets a fresh store
 * (the store is a module singleton, so the module is imported anew).
 */
import { beforeEach, describe, expect, it, vi } from "vitest";
import { readFixtureSubgraph } from "../../../seed/fixtures/subgraph.ts";
import type { ExplorerStart } from "../api/graphQueries.ts";
import type { OverviewDto, SubgraphDto } from "../api/types.ts";
import { NO_FILTERS } from "./filters.ts";
import type { useExplorer as UseExplorer } from "./store.ts";
import { DEFAULT_URL_STATE, type UrlState } from "./urlState.ts";

const api = vi.hoisted(() => ({
  fetchExplorerStart: vi.fn(),
  fetchOverview: vi.fn(),
  fetchGroupMembers: vi.fn(),
  fetchNeighbourhood: vi.fn(),
  fetchShortestPath: vi.fn(),
}));
vi.mock("../api/graphQueries.ts", () => api);

const small = readFixtureSubgraph("small");
const KIEL = "fx-kiel";
const KAMPFER = "fx-ulf-kampfer";
const INITIATIVE = "fx-solidarity-cities-initiative";

/** The actors and the relationships among them. */
function subgraphOf(ids: Iterable<string>): SubgraphDto {
  const keep = new Set(ids);
  return {
    nodes: small.nodes.filter((n) => keep.has(n.id)),
    edges: small.edges.filter((e) => keep.has(e.source) && keep.has(e.target)),
  };
}

/** The first answer: the graph's size, the graph itself unless it holds more than maxActors actors. */
function explorerStart(maxActors: number, graph = subgraphOf(small.nodes.map((n) => n.id))): ExplorerStart {
  const stats = { actors: small.nodes.length, relationships: small.edges.length };
  return { stats, graph: stats.actors > maxActors ? null : graph, sources: [] };
}

const neighbours = (id: string) =>
  small.edges.flatMap((e) => (e.source === id ? [e.target] : e.target === id ? [e.source] : []));

function neighbourhood(id: string, depth: number): SubgraphDto | null {
  if (!small.nodes.some((n) => n.id === id)) return null;
  const reached = new Set([id]);
  for (let step = 0; step < depth; step++) for (const n of [...reached]) neighbours(n).forEach((m) => reached.add(m));
  return subgraphOf(reached);
}

/** Breadth-first, ignoring direction, as the server's shortestPath does. */
function shortestPath(from: string, to: string): SubgraphDto | null {
  if (!small.nodes.some((n) => n.id === from) || !small.nodes.some((n) => n.id === to)) return null;
  const previous = new Map<string, string | null>([[from, null]]);
  const queue = [from];
  while (queue.length > 0) {
    const node = queue.shift()!;
    for (const next of neighbours(node))
      if (!previous.has(next)) {
        previous.set(next, node);
        queue.push(next);
      }
  }
  const chain: string[] = [];
  for (let at: string | null | undefined = to; at != null; at = previous.get(at)) chain.unshift(at);
  const pairs = new Set(chain.slice(1).map((n, i) => [chain[i], n].sort().join(" ")));
  return {
    nodes: small.nodes.filter((n) => chain.includes(n.id)),
    edges: small.edges.filter((e) => pairs.has([e.source, e.target].sort().join(" "))),
  };
}

const groupOf = (id: string) => {
  const node = small.nodes.find((n) => n.id === id)!;
  return `${node.type}|${node.country ?? ""}`;
};

function overview(): OverviewDto {
  const groups = new Map<string, { id: string; type: string; country: string | null; actors: number }>();
  for (const n of small.nodes) {
    const id = groupOf(n.id);
    const group = groups.get(id) ?? { id, type: n.type, country: n.country, actors: 0 };
    group.actors += 1;
    groups.set(id, group);
  }
  const links = new Map<string, { source: string; target: string; relationships: number }>();
  for (const e of small.edges) {
    const key = `${groupOf(e.source)}->${groupOf(e.target)}`;
    const link = links.get(key) ?? { source: groupOf(e.source), target: groupOf(e.target), relationships: 0 };
    link.relationships += 1;
    links.set(key, link);
  }
  return { groups: [...groups.values()], links: [...links.values()] };
}

function groupMembers(
  group: { type: string; country: string | null },
  loaded: string[],
  offset: number,
  limit: number,
): SubgraphDto {
  const members = small.nodes
    .filter((n) => n.type === group.type && n.country === group.country)
    .map((n) => n.id)
    .sort();
  const page = members.slice(offset, offset + limit);
  const around = subgraphOf([...page, ...loaded]);
  return {
    nodes: around.nodes.filter((n) => page.includes(n.id)),
    edges: around.edges.filter((e) => page.includes(e.source) || page.includes(e.target)),
    truncated: offset + limit < members.length,
  };
}

/** A promise the test settles by hand, to look at the store while a request is in flight. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<T>((res, rej) => ([resolve, reject] = [res, rej]));
  return { promise, resolve, reject };
}

let useExplorer: typeof UseExplorer;
const state = () => useExplorer.getState();
const subset = () => (state().subset ? [...state().subset!].sort() : null);
const load = (change: Partial<UrlState> = {}) => state().load({ ...DEFAULT_URL_STATE, ...change });

beforeEach(async () => {
  vi.resetModules();
  api.fetchExplorerStart.mockReset().mockImplementation(async (maxActors: number) => explorerStart(maxActors));
  api.fetchOverview.mockReset().mockImplementation(async () => overview());
  api.fetchGroupMembers
    .mockReset()
    .mockImplementation(async (...args: Parameters<typeof groupMembers>) => groupMembers(...args));
  api.fetchNeighbourhood.mockReset().mockImplementation(async (id: string, depth: number) => neighbourhood(id, depth));
  api.fetchShortestPath.mockReset().mockImplementation(async (from: string, to: string) => shortestPath(from, to));
  ({ useExplorer } = await import("./store.ts"));
});

describe("load", () => {
  it("draws the whole graph when it is small, laid out, and applies the URL's view", async () => {
    await load({
      filters: { ...NO_FILTERS, types: ["City"] },
      subset: [KIEL, KAMPFER, "gone-since"],
      selected: KIEL,
      layout: "geo",
    });
    const { graph, status, overview, filters, selected, layout, graphVersion, history } = state();
    expect(status).toBe("ready");
    expect(overview).toBeNull();
    expect([graph.order, graph.size]).toEqual([10, 17]);
    expect(graphVersion).toBeGreaterThan(0);
    expect(filters.types).toEqual(["City"]);
    expect(subset()).toEqual([KIEL, KAMPFER]);
    expect(selected).toBe(KIEL);
    expect(layout).toBe("geo");
    expect(history).toEqual({ past: [], future: [] });
    graph.forEachNode((_, a) => expect(Number.isFinite(a.x) && Number.isFinite(a.y)).toBe(true));
    expect(api.fetchOverview).not.toHaveBeenCalled();
  });

  it("drops a selected actor the graph does not hold and finds the URL's path", async () => {
    await load({ selected: "gone-since", path: [KAMPFER, "fx-milan"] });
    expect(state().selected).toBeNull();
    expect(state().path).toEqual({
      from: KAMPFER,
      to: "fx-milan",
      nodes: [KIEL, "fx-milan", INITIATIVE, KAMPFER],
      edges: [
        "MAYOR_OF:fx-ulf-kampfer:fx-kiel:mayor",
        "PARTICIPATES_IN:fx-kiel:fx-solidarity-cities-initiative",
        "PARTICIPATES_IN:fx-milan:fx-solidarity-cities-initiative",
      ],
    });
  });

  it("starts from the overview above the threshold, and replays the URL's opened groups", async () => {
    await load({ overviewAbove: 5, groups: [["City|DE", 1]] });
    const { graph, overview, openedGroups, overviewAbove } = state();
    expect(overview).toEqual({ actors: 10, relationships: 17 });
    expect(overviewAbove).toBe(5);
    expect(graph.filterNodes((_, a) => a.group !== undefined).sort()).toEqual([
      "CityNetwork|",
      "City|GR",
      "City|IT",
      "City|NL",
      "Person|DE",
      "Project|",
    ]);
    // Both of the group's actors came on its first page, so the group gave way to them.
    expect(graph.filterNodes((_, a) => a.group === undefined).sort()).toEqual(["fx-bremen", KIEL]);
    expect(openedGroups).toEqual([["City|DE", 1]]);
    expect(api.fetchGroupMembers).toHaveBeenCalledWith(
      { type: "City", country: "DE", actors: 2, shown: 0 },
      [],
      0,
      500,
    );
    expect(api.fetchExplorerStart).toHaveBeenCalledWith(5);
  });

  it("fetches a selected actor the overview does not hold", async () => {
    await load({ overviewAbove: 5, selected: KAMPFER });
    expect(api.fetchNeighbourhood).toHaveBeenCalledWith(KAMPFER, 1);
    expect(state().graph.hasNode(KAMPFER)).toBe(true);
    expect(state().selected).toBe(KAMPFER);
  });

  it("reports a failure as an error state", async () => {
    api.fetchExplorerStart.mockRejectedValueOnce(new Error("The server answered 502"));
    await load();
    expect(state()).toMatchObject({ status: "error", error: "The server answered 502" });
  });

  it("lets a newer load win over an older one still in flight", async () => {
    const slow = deferred<ExplorerStart>();
    api.fetchExplorerStart.mockReturnValueOnce(slow.promise);
    const first = load({ selected: KIEL });
    api.fetchExplorerStart.mockResolvedValueOnce(explorerStart(Infinity, subgraphOf(["fx-milan", INITIATIVE])));
    await load({ selected: "fx-milan" });
    slow.resolve(explorerStart(Infinity));
    await first;
    expect(state().graph.nodes().sort()).toEqual(["fx-milan", INITIATIVE]);
    expect(state().selected).toBe("fx-milan");
  });

  it("drops the previous graph's path, notice and hover when the new view has none", async () => {
    await load({ path: [KAMPFER, "fx-milan"] });
    state().hover(KIEL);
    await state().findPath(KIEL, "nowhere");
    expect(state().notice).not.toBeNull();
    await load();
    expect(state()).toMatchObject({ path: null, notice: null, hovered: null });
  });

  it("starts a fresh history: steps on the previous graph cannot be undone", async () => {
    await load();
    state().focus(KIEL);
    await load();
    state().undo();
    expect(subset()).toBeNull();
    expect(state().history.past).toEqual([]);
  });
});

describe("exploration steps, undo and redo", () => {
  beforeEach(() => load());

  it("focus shows an actor with its neighbours; remove takes one away; undo and redo walk them back and forth", () => {
    state().focus(KIEL);
    expect(subset()).toEqual([KIEL, INITIATIVE, KAMPFER]);
    expect(state().selected).toBe(KIEL);
    state().remove(KAMPFER);
    expect(subset()).toEqual([KIEL, INITIATIVE]);

    state().undo();
    expect(subset()).toEqual([KIEL, INITIATIVE, KAMPFER]);
    state().undo();
    expect(subset()).toBeNull();
    expect(state().selected).toBeNull();
    state().undo();
    expect(subset()).toBeNull();

    state().redo();
    expect(subset()).toEqual([KIEL, INITIATIVE, KAMPFER]);
    expect(state().selected).toBe(KIEL);
    state().redo();
    expect(subset()).toEqual([KIEL, INITIATIVE]);
    state().redo();
    expect(subset()).toEqual([KIEL, INITIATIVE]);
  });

  it("a new step after undo clears what could be redone", () => {
    state().focus(KIEL);
    state().undo();
    state().focus("fx-milan");
    state().redo();
    expect(subset()).toEqual(["fx-eurocities", "fx-milan", INITIATIVE]);
    expect(state().history.future).toEqual([]);
  });

  it("removing from the whole graph leaves every other actor, and clears the selection it removes", () => {
    state().select(KIEL);
    state().remove(KIEL);
    expect(subset()).toHaveLength(9);
    expect(subset()).not.toContain(KIEL);
    expect(state().selected).toBeNull();
    state().showAll();
    expect(subset()).toBeNull();
    state().undo();
    expect(subset()).toHaveLength(9);
  });

  it("ignores focus on an actor the graph does not hold", () => {
    state().focus("nowhere");
    expect(state().history.past).toEqual([]);
  });

  it("makes each filter change one step, after the steps before it; hover is no step", () => {
    state().focus(KIEL);
    state().setFilters({ relTypes: ["MAYOR_OF"] });
    state().setFilters({ years: [2015, 2017] });
    state().hover(KIEL);
    state().undo();
    expect(state().filters).toEqual({ ...NO_FILTERS, relTypes: ["MAYOR_OF"] });
    expect(subset()).toEqual([KIEL, INITIATIVE, KAMPFER]);
    state().undo();
    expect(state().filters).toEqual(NO_FILTERS);
    expect(subset()).toEqual([KIEL, INITIATIVE, KAMPFER]);
    state().undo();
    expect(subset()).toBeNull();
    expect(state().hovered).toBe(KIEL);
    state().redo();
    state().redo();
    expect(state().filters).toEqual({ ...NO_FILTERS, relTypes: ["MAYOR_OF"] });
  });

  it("undoes hiding isolates after a relationship filter, one step each", () => {
    state().setFilters({ relTypes: ["MAYOR_OF"] });
    state().setTopology({ hideIsolates: true });
    state().undo();
    expect(state().topology.hideIsolates).toBe(false);
    expect(state().filters.relTypes).toEqual(["MAYOR_OF"]);
    state().undo();
    expect(state().filters).toEqual(NO_FILTERS);
  });

  it("joins the ticks of one year-slider drag into one step", () => {
    state().setFilters({ years: [2015, 2020] });
    state().setFilters({ years: [2016, 2020] });
    state().setFilters({ years: [2017, 2020] });
    expect(state().history.past).toHaveLength(1);
    state().undo();
    expect(state().filters).toEqual(NO_FILTERS);
  });

  it("records no step for a change that changes nothing", () => {
    state().setFilters({ countries: null });
    state().resetFilters();
    state().showAll();
    expect(state().history.past).toEqual([]);
    state().setFilters({ countries: ["DE"] });
    state().setFilters({ countries: ["DE"] });
    expect(state().history.past).toHaveLength(1);
  });
});

describe("requests", () => {
  it("expand merges the neighbourhood into the graph and the subset, as one step", async () => {
    api.fetchExplorerStart.mockResolvedValueOnce(explorerStart(Infinity, subgraphOf([KIEL, KAMPFER])));
    await load({ subset: [KIEL, KAMPFER] });
    const version = state().graphVersion;
    await state().expand(KIEL, 2);
    expect(api.fetchNeighbourhood).toHaveBeenCalledWith(KIEL, 2);
    expect(state().graph.order).toBe(9);
    expect(state().graphVersion).toBe(version + 1);
    expect(subset()).toHaveLength(9);
    expect(state().selected).toBe(KIEL);
    state().undo();
    expect(subset()).toEqual([KIEL, KAMPFER]);
    // The graph keeps what was fetched; undo only changes what is shown.
    expect(state().graph.order).toBe(9);
  });

  it("expand keeps the whole graph shown when no subset is set", async () => {
    await load();
    state().select(KIEL);
    await state().expand(KIEL, 1);
    expect(subset()).toBeNull();
    expect(state().selected).toBe(KIEL);
    // The whole graph stays the whole graph: no empty step to undo.
    expect(state().history.past).toEqual([]);
  });

  it("lists a request in pending while it runs, and turns a failure into a notice", async () => {
    await load();
    const answer = deferred<SubgraphDto>();
    api.fetchNeighbourhood.mockReturnValueOnce(answer.promise);
    const running = state().expand(KIEL, 1);
    expect(state().pending).toEqual(["Expanding neighbours"]);
    answer.reject(new Error("The server did not answer: offline"));
    await running;
    expect(state().pending).toEqual([]);
    expect(state().notice).toBe("Expanding neighbours failed: The server did not answer: offline");
    expect(state().history.past).toEqual([]);
    state().dismissNotice();
    expect(state().notice).toBeNull();
  });

  it("findPath shows the chain, extends the subset, and clearPath is a step of its own", async () => {
    await load({ subset: [KAMPFER] });
    await state().findPath(KAMPFER, "fx-carsten-sieling");
    const chain = ["fx-bremen", "fx-carsten-sieling", KIEL, INITIATIVE, KAMPFER];
    expect(state().path).toEqual({
      from: KAMPFER,
      to: "fx-carsten-sieling",
      nodes: chain,
      edges: [
        "MAYOR_OF:fx-carsten-sieling:fx-bremen:mayor",
        "MAYOR_OF:fx-ulf-kampfer:fx-kiel:mayor",
        "PARTICIPATES_IN:fx-bremen:fx-solidarity-cities-initiative",
        "PARTICIPATES_IN:fx-kiel:fx-solidarity-cities-initiative",
      ],
    });
    expect(subset()).toEqual(chain);
    state().clearPath();
    expect(state().path).toBeNull();
    state().undo();
    expect(state().path?.from).toBe(KAMPFER);
    state().undo();
    expect(state().path).toBeNull();
    expect(subset()).toEqual([KAMPFER]);
  });

  it("findPath tells when no chain joins two actors, or one does not exist", async () => {
    await load();
    api.fetchShortestPath.mockResolvedValueOnce(subgraphOf([KIEL, "fx-milan"]));
    await state().findPath(KIEL, "fx-milan");
    expect(state().notice).toBe("No chain of collaborations joins these two actors");
    await state().findPath(KIEL, "nowhere");
    expect(state().notice).toBe("Shortest path: one of the two actors does not exist");
    expect(state().path?.edges).toEqual([]);
  });

  it("expandGroup loads a group's actors next to it; on the whole graph that is no undo step", async () => {
    await load({ overviewAbove: 5 });
    await state().expandGroup("City|GR");
    expect(state().graph.hasNode("City|GR")).toBe(false);
    expect(state().graph.hasNode("fx-athens")).toBe(true);
    expect(state().graph.hasNode("fx-thessaloniki")).toBe(true);
    expect(state().openedGroups).toEqual([["City|GR", 1]]);
    // Loaded actors stay loaded and no subset changes: there is nothing an undo could take back.
    expect(state().history.past).toEqual([]);
    await state().expandGroup("not-a-group");
    expect(state().history.past).toEqual([]);
  });

  it("expandGroup clears the selection only when the selected node is the group that went", async () => {
    await load({ overviewAbove: 5, selected: KAMPFER });
    await state().expandGroup("City|GR");
    expect(state().graph.hasNode("City|GR")).toBe(false);
    expect(state().selected).toBe(KAMPFER);
    state().select("City|NL");
    await state().expandGroup("City|NL");
    expect(state().selected).toBeNull();
  });

  it("drawAll leaves the overview for the whole graph, keeping filters", async () => {
    await load({ overviewAbove: 5 });
    state().setFilters({ countries: ["DE"] });
    await state().drawAll();
    expect(state().overview).toBeNull();
    expect(state().graph.order).toBe(10);
    expect(state().filters.countries).toEqual(["DE"]);
    expect(state().overviewAbove).toBe(50_000);
  });
});

describe("showSubgraph", () => {
  beforeEach(() => load());

  it("merges a console result and shows just it, as a step", () => {
    const count = state().showSubgraph(
      {
        nodes: [{ id: "console-only", name: "From the console", type: "NGO" }, ...subgraphOf([KIEL]).nodes],
        edges: [],
      },
      "GraphQL result",
    );
    expect(count).toBe(2);
    expect(subset()).toEqual(["console-only", KIEL]);
    expect(state().graph.getNodeAttribute("console-only", "label")).toBe("From the console");
    state().undo();
    expect(subset()).toBeNull();
  });

  it("tells when a result holds no actors, and changes nothing shown", () => {
    expect(state().showSubgraph({ nodes: [], edges: [] }, "Cypher result")).toBe(0);
    expect(state().notice).toBe("Cypher result: the result holds no actors to show");
    expect(state().history.past).toEqual([]);
  });
});
