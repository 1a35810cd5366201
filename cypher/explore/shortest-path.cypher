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
  nodes: [n IN nodes | n {.id, .type, .name, .aliases, .subtype, .country, .lat, .lon, .role, .description, .sources}],
  edges: [r IN rels | r {.id, type: type(r), source: startNode(r).id, target: endNode(r).id, .year, .until, .status, .office, .purpose, .sources,
    evidence: [i IN range(0, size(r.sources) - 1) |
      coalesce(head(COLLECT { MATCH (s:Source {id: r.sources[i]}) RETURN s {source: s.id, quote: r.quotes[i], .title, .publisher, .year} }),
        {source: r.sources[i], quote: r.quotes[i]})]}]
} AS subgraph
