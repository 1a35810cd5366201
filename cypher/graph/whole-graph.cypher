// Graph: every actor and every collaboration, for the overview. READ.
// Parameters: none
// Returns: subgraph {nodes, edges}
CALL () {
  MATCH (n:Actor)
  RETURN collect(n {...actor}) AS nodes
}
CALL () {
  MATCH (a:Actor)-[r]->(b:Actor)
  RETURN collect(r {...collaboration}) AS edges
}
RETURN {nodes: nodes, edges: edges} AS subgraph
