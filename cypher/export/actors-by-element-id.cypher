// Export: the actors with the given element ids: the ends of relationships that a console query
// returned without their nodes. READ.
// Parameters: $elementIds: list of element ids
// Returns: elementId, actor (map of properties), label (the type label)
MATCH (a:Actor)
WHERE elementId(a) IN $elementIds
RETURN elementId(a) AS elementId, properties(a) AS actor, [l IN labels(a) WHERE l <> 'Actor'][0] AS label
ORDER BY a.id
