/**
 * The shareable part of the explorer's state, as URL query parameters: subset, filters,
 * selection, shortest path, layout mode and camera, actors revealed by search, a query
 * console opened on a query, what sizes and colours the actors with the data table open, the
 * topological filters, the actors selected together and the projection view.
 * Parsing never throws: a damaged parameter is dropped and the rest is kept.
 */
import { z } from "zod";
import type { MetricName } from "@atlas/analysis";
import { isColourKey, isSizeKey, type StyleKey } from "./analysis/styleKeys.ts";
import { NO_FILTERS, type Filters } from "./filters.ts";
import { readOverviewAbove } from "./overviewThreshold.ts";
import { fromTopologyParams, toTopologyParams } from "./topology/topologyParams.ts";
import { NO_TOPOLOGY, type Topology } from "./topology/topology.ts";
import { fromProjectionParams, toProjectionParams, type ProjectionSettings } from "./projection/projectionParams.ts";
import { fromUpCloseParams, NO_UP_CLOSE, toUpCloseParams, type UpCloseView } from "./upClose/upCloseParams.ts";

export type LayoutMode = "force" | "geo";

export interface Camera {
  x: number;
  y: number;
  ratio: number;
}

/**
 * A console opened by a link, with its query (or a worked example's id) and $params as JSON text.
 * The link only fills the console in: the visitor runs the query (a link must not run queries).
 */
export interface ConsoleLink {
  kind: "cypher" | "graphql";
  query: string | null;
  params: string | null;
  example: string | null;
}

export interface UrlState {
  subset: string[] | null;
  filters: Filters;
  selected: string | null;
  path: [string, string] | null;
  /** The actors between the path's ends of the one path chosen in the path panel; absent: all shortest. */
  pathVia?: string[] | null;
  layout: LayoutMode;
  camera: Camera | null;
  /** Overview mode: the groups whose actors were loaded, and how many pages of each. */
  groups: Array<[string, number]> | null;
  /** Kept as given: the size above which the explorer starts from the overview. */
  overviewAbove: number | null;
  /** Optional: the explorer's own state does not hold it; the URL keeps it across reloads. */
  console?: ConsoleLink | null;
  /** Actors drawn although the filters or the focus hide them (chosen in search). */
  revealed?: string[] | null;
  /** Analysis: null is the default size (by relationships) and colour (by type). */
  sizeBy?: MetricName | null;
  colourBy?: StyleKey | null;
  table?: boolean;
  /** Topological filters; absent: none. */
  topology?: Topology;
  /** Actors selected with `selected` (shift- or ctrl-click). */
  alsoSelected?: string[] | null;
  /** The projection view ("who is tied through what"); absent: the network. */
  projection?: ProjectionSettings | null;
  /** Pinned actors and the label density; absent: none pinned, the default density. */
  upClose?: UpCloseView;
}

export const DEFAULT_URL_STATE: UrlState = {
  subset: null,
  filters: NO_FILTERS,
  selected: null,
  path: null,
  pathVia: null,
  layout: "force",
  camera: null,
  groups: null,
  overviewAbove: null,
  console: null,
  revealed: null,
  sizeBy: null,
  colourBy: null,
  table: false,
  topology: NO_TOPOLOGY,
  alsoSelected: null,
  projection: null,
  upClose: NO_UP_CLOSE,
};

const list = (value: string[] | null) => (value === null ? null : value.join(","));
const id = z.string().regex(/^[a-z0-9-]+$/);
const token = z.string().regex(/^[A-Za-z0-9_.\- ]+$/);
/** An overview group (type|country) and the pages of its actors loaded, e.g. City|DE~2. */
const groupPages = z.string().regex(/^[A-Za-z]+\|[A-Za-z0-9-]*~[1-9]\d{0,3}$/);
/** A path of at most 6 steps (the server's bound): its ends and the actors between. */
const MAX_PATH_ACTORS = 7;
/** As long as the console accepts (POST /api/cypher's body limit). */
const MAX_LINK_TEXT = 10_000;

function parseList(raw: string | null, item: z.ZodType<string>): string[] | null {
  if (raw === null) return null;
  const values = raw === "" ? [] : raw.split(",");
  return values.every((v) => item.safeParse(v).success) ? values : null;
}

export function toSearchParams(state: UrlState): string {
  const params = new URLSearchParams();
  const set = (key: string, value: string | null) => value !== null && params.set(key, value);
  set("nodes", list(state.subset));
  set("types", list(state.filters.types));
  set("rels", list(state.filters.relTypes));
  set("docs", list(state.filters.sources));
  set("countries", list(state.filters.countries));
  set("status", list(state.filters.statuses));
  if (state.filters.years) set("years", `${state.filters.years[0]}-${state.filters.years[1]}`);
  if (!state.filters.includeUndated) set("undated", "0");
  set("sel", state.selected);
  if (state.path) set("path", [state.path[0], ...(state.pathVia ?? []), state.path[1]].join(","));
  if (state.layout !== "force") set("layout", state.layout);
  if (state.camera) {
    const { x, y, ratio } = state.camera;
    set("cam", [x, y, ratio].map((n) => Number(n.toPrecision(7))).join(","));
  }
  if (state.groups) set("groups", state.groups.map(([group, pages]) => `${group}~${pages}`).join(","));
  if (state.overviewAbove !== null) set("overviewAbove", String(state.overviewAbove));
  if (state.revealed && state.revealed.length > 0) set("reveal", list(state.revealed));
  if (state.sizeBy) set("size", state.sizeBy);
  if (state.colourBy && state.colourBy !== "type") set("colour", state.colourBy);
  if (state.table) set("table", "1");
  if (state.topology) toTopologyParams(state.topology, set);
  if (state.alsoSelected && state.alsoSelected.length > 0) set("also", list(state.alsoSelected));
  if (state.projection) toProjectionParams(state.projection, set);
  if (state.upClose) toUpCloseParams(state.upClose, set);
  if (state.console) {
    set("console", state.console.kind);
    set("example", state.console.example);
    set("q", state.console.query);
    set("params", state.console.params);
  }
  return params.toString();
}

export function fromSearchParams(search: string): UrlState {
  const params = new URLSearchParams(search);
  const years = /^(\d{4})-(\d{4})$/.exec(params.get("years") ?? "");
  const path = parseList(params.get("path"), id);
  const camera = (params.get("cam") ?? "").split(",").map(Number);
  const selected = params.get("sel");
  const groups = parseList(params.get("groups"), groupPages);
  const [size, colour] = [params.get("size") ?? "", params.get("colour") ?? ""];
  return {
    subset: parseList(params.get("nodes"), id),
    filters: {
      types: parseList(params.get("types"), token),
      relTypes: parseList(params.get("rels"), token),
      sources: parseList(params.get("docs"), token),
      countries: parseList(params.get("countries"), token),
      statuses: parseList(params.get("status"), token),
      years: years ? [Number(years[1]), Number(years[2])] : null,
      includeUndated: params.get("undated") !== "0",
    },
    selected: selected !== null && id.safeParse(selected).success ? selected : null,
    path: path && path.length >= 2 && path.length <= MAX_PATH_ACTORS ? [path[0]!, path.at(-1)!] : null,
    pathVia: path && path.length > 2 && path.length <= MAX_PATH_ACTORS ? path.slice(1, -1) : null,
    layout: params.get("layout") === "geo" ? "geo" : "force",
    camera:
      camera.length === 3 && camera.every(Number.isFinite) && camera[2]! > 0
        ? { x: camera[0]!, y: camera[1]!, ratio: camera[2]! }
        : null,
    groups: groups && groups.length > 0 ? groups.map((g) => [g.split("~")[0]!, Number(g.split("~")[1])]) : null,
    overviewAbove: readOverviewAbove(params),
    console: parseConsoleLink(params),
    revealed: parseList(params.get("reveal"), id),
    sizeBy: isSizeKey(size) ? size : null,
    colourBy: isColourKey(colour) ? colour : null,
    table: params.get("table") === "1",
    topology: fromTopologyParams(params),
    alsoSelected: parseList(params.get("also"), id),
    projection: fromProjectionParams(params),
    upClose: fromUpCloseParams(params),
  };
}

function parseConsoleLink(params: URLSearchParams): ConsoleLink | null {
  const kind = params.get("console");
  if (kind !== "cypher" && kind !== "graphql") return null;
  const text = (key: string) => {
    const value = params.get(key);
    return value !== null && value.length <= MAX_LINK_TEXT ? value : null;
  };
  const example = params.get("example");
  return {
    kind,
    query: text("q"),
    params: text("params"),
    example: example !== null && id.safeParse(example).success ? example : null,
  };
}
