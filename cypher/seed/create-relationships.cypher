// Seed: create relationships of one type known to be new (none of their ids is stored), between
// existing actors, skipping MERGE's lookup on hubs. WRITE. The loader writes the type in place of
// __TYPE__, only ever from the allow-list of relationship types.
// Parameters: $relationships: list of {id, from, to, props}
// Returns: count (relationships created)
UNWIND $relationships AS rel
MATCH (a:Actor {id: rel.from})
MATCH (b:Actor {id: rel.to})
CREATE (a)-[r:__TYPE__]->(b)
SET r = rel.props
RETURN count(r) AS count
