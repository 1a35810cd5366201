// Graph: every actor and every collaboration, for the overview. READ.
// Parameters: none
// Returns: subgraph {nodes, edges}
CALL () {
  MATCH (n:Actor)
  RETURN collect(n {.id, .type, .name, .aliases, .subtype, .country, .lat, .lon, .role, .description, .sources}) AS nodes
}
CALL () {
  MATCH (a:Actor)-[r]->(b:Actor)
  RETURN collect(r {.id, type: type(r), source: a.id, target: b.id, .year, .until, .status, .office, .purpose, .sources,
    evidence: [i IN range(0, size(r.sources) - 1) | {source: r.sources[i], quote: r.quotes[i]}]}) AS edges
}
RETURN {nodes: nodes, edges: edges} AS subgraph
