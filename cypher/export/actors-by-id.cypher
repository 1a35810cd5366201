// Export: the actors with the given ids (or every actor when $ids is null), all properties. READ.
// Parameters: $ids: list of actor ids or null
// Returns: actor (map of properties), label (the type label)
MATCH (a:Actor)
WHERE $ids IS NULL OR a.id IN $ids
RETURN properties(a) AS actor, [l IN labels(a) WHERE l <> 'Actor'][0] AS label
ORDER BY a.id
