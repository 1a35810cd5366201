// Export: every collaboration between two of the given actors (all when $ids is null). READ.
// Parameters: $ids: list of actor ids or null
// Returns: source, target, type, properties
MATCH (a:Actor)-[r]->(b:Actor)
WHERE $ids IS NULL OR (a.id IN $ids AND b.id IN $ids)
RETURN a.id AS source, b.id AS target, type(r) AS type, properties(r) AS properties
ORDER BY r.id
