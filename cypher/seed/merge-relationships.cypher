// Seed: create or update collaboration relationships between existing actors. WRITE.
// Parameters: $relationships: list of {id, type, from, to, props}
// Returns: count
UNWIND $relationships AS rel
MATCH (a:Actor {id: rel.from})
MATCH (b:Actor {id: rel.to})
MERGE (a)-[r:$(rel.type) {id: rel.id}]->(b)
SET r = rel.props
RETURN count(r) AS count
