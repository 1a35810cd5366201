// Graph: every actor and every collaboration, for the explorer. With $maxActors set and more
// actors than that, no actors and truncated true: the explorer then draws the overview, and
// asks for a small graph in one request instead of asking its size first. READ.
// Parameters: $maxActors (null: no cap)
// Returns: subgraph {nodes, edges, truncated}
WITH $maxActors IS NOT NULL AND COUNT { MATCH (:Actor) } > $maxActors AS truncated
CALL (truncated) {
  MATCH (n:Actor)
  WHERE NOT truncated
  RETURN collect(n {...actor}) AS nodes
}
CALL (truncated) {
  MATCH (a:Actor)-[r]->(b:Actor)
  WHERE NOT truncated
  RETURN collect(r {...collaboration}) AS edges
}
RETURN {nodes: nodes, edges: edges, truncated: truncated} AS subgraph
