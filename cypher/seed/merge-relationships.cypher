// Seed: create or update the collaboration relationships of one type between existing actors;
// one that another origin owns is left as it is. WRITE. The loader writes the type in place of
// __TYPE__, only ever from the allow-list in seed/src/model.ts: a typed MERGE pattern lets Neo4j
// expand by type, several times faster than a dynamic type on hubs.
// Parameters: $relationships: list of {id, from, to, props}
// Returns: count (relationships processed, written or kept)
UNWIND $relationships AS rel
MATCH (a:Actor {id: rel.from})
MATCH (b:Actor {id: rel.to})
MERGE (a)-[r:__TYPE__ {id: rel.id}]->(b)
ON CREATE SET r.origin = rel.props.origin
WITH r, rel
CALL (r, rel) {
  WITH r, rel
  WHERE r.origin = rel.props.origin
  SET r = rel.props
}
RETURN count(r) AS count
