// Overview: one group's actors (type and country; a null country is the group of actors without
// one), best connected first, a page at a time, with their collaborations among themselves and
// with the actors the explorer already shows. READ.
// Parameters: $type, $country (string or null), $loaded: [actor id], $offset, $limit (clamped to 1..5000)
// Returns: subgraph {nodes, edges, truncated (more members remain)}
CALL () {
  MATCH (a:Actor {type: $type})
  WHERE a.country = $country OR ($country IS NULL AND a.country IS NULL)
  WITH a ORDER BY COUNT { (a)--() } DESC, a.id
  SKIP $offset
  // One more than a page, to tell whether more remain (LIMIT takes parameters, not variables).
  LIMIT CASE WHEN $limit < 1 THEN 1 WHEN $limit > 5000 THEN 5000 ELSE $limit END + 1
  RETURN collect(a) AS fetched
}
WITH fetched, CASE WHEN $limit < 1 THEN 1 WHEN $limit > 5000 THEN 5000 ELSE $limit END AS pageSize
WITH fetched[..pageSize] AS members, size(fetched) > pageSize AS truncated
CALL () {
  MATCH (known:Actor) WHERE known.id IN $loaded
  RETURN collect(known) AS known
}
WITH members, truncated, known + members AS reachable
CALL (members, reachable) {
  UNWIND members AS a
  MATCH (a)-[r]-(b:Actor)
  WHERE b IN reachable
  RETURN collect(DISTINCT r) AS rels
}
RETURN {
  nodes: [n IN members | n {...actor}],
  edges: [r IN rels | r {...collaboration}],
  truncated: truncated
} AS subgraph
