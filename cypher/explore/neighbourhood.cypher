// Explore: the actors within $depth steps (1 or 2) of one actor, and every collaboration among
// them, capped so that a hub's two-step neighbourhood (most of a large graph) stays a bounded
// answer: direct neighbours first, then second-step ones, at most $limit actors in all. READ.
// Parameters: $id: actor id, $depth: int (clamped to 1..2), $limit: int (clamped to 2..10000)
// Edge evidence carries its document's title, publisher and year, like actor evidence.
// Returns: subgraph {nodes, edges, truncated, degree}; degree counts the centre's collaborations;
// null when the actor does not exist
MATCH (center:Actor {id: $id})
CALL (center) {
  MATCH (center)--(n:Actor)
  WHERE n <> center
  WITH DISTINCT n LIMIT 10000
  RETURN collect(n) AS first
}
WITH center, first,
     CASE WHEN $limit < 2 THEN 2 WHEN $limit > 10000 THEN 10000 ELSE $limit END - 1 AS room
CALL (center, first, room) {
  UNWIND (CASE WHEN $depth >= 2 AND size(first) < room THEN first ELSE [] END) AS f
  MATCH (f)--(m:Actor)
  WHERE m <> center AND NOT m IN first
  WITH DISTINCT m LIMIT 10000
  RETURN collect(m) AS second
}
WITH center, first[..room] + second[..room - size(first)] AS others,
     size(first) > room OR ($depth >= 2 AND size(first) + size(second) > room) AS truncated
WITH center, [center] + others AS members, truncated
CALL (members) {
  UNWIND members AS a
  MATCH (a)-[r]->(b:Actor)
  WHERE b IN members
  RETURN collect(DISTINCT r) AS rels
}
RETURN {
  nodes: [n IN members | n {...actor}],
  edges: [r IN rels | r {...collaboration}],
  truncated: truncated,
  degree: COUNT { (center)--(:Actor) }
} AS subgraph
