/**
 * The overview of a graph too large to draw whole: one node per group of actors (by type and
 * country), one GROUP_LINK edge per pair of groups, and the pages of actors that replace a group
 * bit by bit. Group nodes live in the one graph beside actors, told apart by their `group`.
 */
import { actorTypeColour } from "@atlas/model";
import type { OverviewDto } from "../api/types.ts";
import { assignSizes, EDGE_COLOUR, getInitialPosition, type AtlasGraph, type GroupInfo } from "./atlasGraph.ts";

export const GROUP_LINK = "GROUP_LINK";

/** Overview group nodes stand for many actors: never sent to the server as actor ids. */
export function isGroupNode(graph: AtlasGraph, id: string): boolean {
  return graph.hasNode(id) && graph.getNodeAttribute(id, "group") !== undefined;
}

export function groupLabel(group: GroupInfo): string {
  const remaining = group.actors - group.shown;
  const where = group.country ?? "no country";
  const count = group.shown > 0 ? `${remaining.toLocaleString("en")} more` : group.actors.toLocaleString("en");
  return `${group.type} · ${where} (${count})`;
}

/** Draws an overview: one node per group, one edge per pair of groups, sized by counts. */
export function mergeOverview(graph: AtlasGraph, overview: OverviewDto): void {
  overview.groups.forEach((g, index) => {
    const group: GroupInfo = { type: g.type, country: g.country, actors: g.actors, shown: 0 };
    graph.mergeNode(g.id, {
      label: groupLabel(group),
      group,
      actorType: g.type,
      subtype: null,
      country: g.country,
      lat: null,
      lon: null,
      role: null,
      sources: [],
      color: actorTypeColour(g.type),
      ...getInitialPosition(g.id, index, overview.groups.length),
      size: 3,
    });
  });
  for (const link of overview.links) {
    if (link.source === link.target || !graph.hasNode(link.source) || !graph.hasNode(link.target)) continue;
    graph.mergeDirectedEdgeWithKey(`${GROUP_LINK}:${link.source}->${link.target}`, link.source, link.target, {
      relType: GROUP_LINK,
      year: null,
      until: null,
      status: null,
      office: null,
      purpose: null,
      sources: [],
      size: 0.5 + Math.log10(link.relationships),
      color: EDGE_COLOUR,
      count: link.relationships,
    });
  }
  assignSizes(graph);
}

/**
 * Puts a group's newly loaded actors in a ring around the group node, so they appear where the
 * user clicked, and shrinks the group by as many; once every actor is shown the group goes.
 */
export function placeGroupMembers(
  graph: AtlasGraph,
  groupId: string,
  added: string[],
  fetched: number,
  more: boolean,
): void {
  const anchor = graph.getNodeAttributes(groupId);
  let [minX, maxX] = [Infinity, -Infinity];
  graph.forEachNode((_, a) => ([minX, maxX] = [Math.min(minX, a.x), Math.max(maxX, a.x)]));
  const extent = Number.isFinite(maxX - minX) && maxX > minX ? maxX - minX : 100;
  added.forEach((id, index) => {
    // A sunflower spiral: even spacing whatever the page size, 3-12% of the drawing across.
    const angle = index * 2.39996;
    const radius = extent * (0.03 + 0.004 * Math.sqrt(index));
    graph.mergeNodeAttributes(id, { x: anchor.x + radius * Math.cos(angle), y: anchor.y + radius * Math.sin(angle) });
  });
  // Counted by what the page held, not what was new: actors already shown (a search, a shared
  // view) still advance the group to its next page.
  const group = { ...anchor.group!, shown: anchor.group!.shown + fetched };
  if (more) graph.mergeNodeAttributes(groupId, { group, label: groupLabel(group) });
  else graph.dropNode(groupId);
  assignSizes(graph);
}
