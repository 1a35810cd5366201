// Export: the relationships with the given ids, among the given actors (the drawn ones); starting
// from the actors uses the actor_id constraint's index, relationships have no index of their own.
// READ.
// Parameters: $actorIds: list of actor ids; $relationshipIds: list of relationship ids
// Returns: source, target, type, properties
MATCH (a:Actor)-[r]->(b:Actor)
WHERE a.id IN $actorIds AND r.id IN $relationshipIds
RETURN a.id AS source, b.id AS target, type(r) AS type, properties(r) AS properties
ORDER BY r.id
