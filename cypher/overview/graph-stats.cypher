// Overview: how many actors and collaborations the graph holds, from Neo4j's count store (no
// scan), so the explorer can choose between drawing everything and the grouped overview. READ.
// Parameters: none
// Returns: stats {actors, relationships}
RETURN {
  actors: COUNT { MATCH (:Actor) },
  relationships: COUNT { MATCH (:Actor)-[]->() }
} AS stats
