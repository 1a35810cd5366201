// Explore: every shortest chain of collaborations (up to 6 steps, either direction) between two
// actors, as one subgraph. READ.
// Parameters: $from: actor id, $to: actor id
// Edge evidence carries its document's title, publisher and year, like actor evidence.
// Returns: subgraph {nodes, edges}, empty when no path exists; null when an actor does not exist
MATCH (a:Actor {id: $from})
MATCH (b:Actor {id: $to})
OPTIONAL MATCH path = allShortestPaths((a)-[*..6]-(b))
WITH a, b, collect(path)[..25] AS paths
WITH CASE WHEN a = b THEN [a] ELSE reduce(ns = [], p IN paths | ns + nodes(p)) END AS allNodes,
     reduce(rs = [], p IN paths | rs + relationships(p)) AS allRels
UNWIND (CASE WHEN size(allNodes) = 0 THEN [null] ELSE allNodes END) AS n
WITH collect(DISTINCT n) AS nodes, allRels
UNWIND (CASE WHEN size(allRels) = 0 THEN [null] ELSE allRels END) AS r
WITH nodes, collect(DISTINCT r) AS rels
RETURN {
  nodes: [n IN nodes | n {...actor}],
  edges: [r IN rels | r {...collaboration}]
} AS subgraph
