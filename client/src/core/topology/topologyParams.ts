/**
 * The topological filters as URL parameters: ego=steps, core=k, lcc=1 (largest component),
 * isolates=0 (hidden). A damaged value is dropped, as for the rest of the URL.
 */
import { MAX_EGO_STEPS, NO_TOPOLOGY, type Topology } from "./topology.ts";

const MAX_CORE = 1000;

function toCount(raw: string | null, min: number, max: number): number | null {
  if (raw === null || !/^\d{1,4}$/.test(raw)) return null;
  const value = Number(raw);
  return value >= min && value <= max ? value : null;
}

export function toTopologyParams(topology: Topology, set: (key: string, value: string) => void): void {
  if (topology.ego !== null) set("ego", String(topology.ego));
  if (topology.core !== null) set("core", String(topology.core));
  if (topology.largest) set("lcc", "1");
  if (topology.hideIsolates) set("isolates", "0");
}

export function fromTopologyParams(params: URLSearchParams): Topology {
  return {
    ...NO_TOPOLOGY,
    ego: toCount(params.get("ego"), 0, MAX_EGO_STEPS),
    core: toCount(params.get("core"), 1, MAX_CORE),
    largest: params.get("lcc") === "1",
    hideIsolates: params.get("isolates") === "0",
  };
}
