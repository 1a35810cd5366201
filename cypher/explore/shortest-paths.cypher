// Explore: the shortest chains of collaborations between two actors and the next-longer ones,
// path by path with each step's direction, so that a panel can list the steps in order. READ.
// Cypher 5 (Neo4j 5.26) takes neither the number of groups nor the quantifier's bounds as a
// parameter, so the pattern asks for the fixed maximum (5 length groups, 6 steps) and $k and
// $maxLength narrow it; each group keeps at most 10 paths, ordered by the names along them.
// Parameters: $from: actor id, $to: actor id, $k: int (length groups, clamped to 1..5),
// $maxLength: int (steps, clamped to 1..6)
// Returns: pathSet {paths: [{length, nodes: [ids in order], steps: [{relationship id, forward}]}],
// nodes, edges}; no paths when no chain joins them; null when an actor does not exist
MATCH (a:Actor {id: $from})
MATCH (b:Actor {id: $to})
WITH a, b,
     CASE WHEN $k < 1 THEN 1 WHEN $k > 5 THEN 5 ELSE $k END AS groups,
     CASE WHEN $maxLength < 1 THEN 1 WHEN $maxLength > 6 THEN 6 ELSE $maxLength END AS maxLength
CALL (a, b, groups, maxLength) {
  OPTIONAL MATCH p = SHORTEST 5 GROUPS (a)(()--()){1,6}(b)
  WHERE a <> b
  WITH p WHERE p IS NOT NULL AND length(p) <= maxLength
  WITH length(p) AS steps, p ORDER BY steps, [n IN nodes(p) | n.name]
  WITH steps, collect(p)[..10] AS group ORDER BY steps
  RETURN collect(group) AS byLength
}
WITH reduce(all = [], group IN byLength[..groups] | all + group) AS paths
WITH paths, reduce(ns = [], p IN paths | ns + nodes(p)) AS allNodes, reduce(rs = [], p IN paths | rs + relationships(p)) AS allRels
CALL (allNodes) {
  UNWIND allNodes AS n
  RETURN collect(DISTINCT n) AS nodes
}
CALL (allRels) {
  UNWIND allRels AS r
  RETURN collect(DISTINCT r) AS rels
}
RETURN {
  paths: [p IN paths | {
    length: length(p),
    nodes: [n IN nodes(p) | n.id],
    steps: [i IN range(0, length(p) - 1) | {
      relationship: relationships(p)[i].id,
      forward: startNode(relationships(p)[i]) = nodes(p)[i]
    }]
  }],
  nodes: [n IN nodes | n {...actor}],
  edges: [r IN rels | r {...collaboration}]
} AS pathSet
