// Explore: the actors within $depth steps (1 or 2) of one actor, and every collaboration among
// them. READ.
// Parameters: $id: actor id, $depth: int (clamped to 1..2)
// Returns: subgraph {nodes, edges}; null when the actor does not exist
MATCH (center:Actor {id: $id})
OPTIONAL MATCH path = (center)-[*1..2]-(other:Actor)
WHERE length(path) <= CASE WHEN $depth < 1 THEN 1 WHEN $depth > 2 THEN 2 ELSE $depth END
WITH center, collect(DISTINCT other) AS others
WITH [center] + [o IN others WHERE o <> center] AS members
CALL (members) {
  UNWIND members AS a
  MATCH (a)-[r]->(b:Actor)
  WHERE b IN members
  RETURN collect(DISTINCT r) AS rels
}
RETURN {
  nodes: [n IN members | n {.id, .type, .name, .aliases, .subtype, .country, .lat, .lon, .role, .description, .sources}],
  edges: [r IN rels | r {.id, type: type(r), source: startNode(r).id, target: endNode(r).id, .year, .until, .status, .office, .purpose, .sources,
    evidence: [i IN range(0, size(r.sources) - 1) | {source: r.sources[i], quote: r.quotes[i]}]}]
} AS subgraph
