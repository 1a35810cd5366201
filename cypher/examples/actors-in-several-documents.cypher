// Title: Actors that several documents mention
// Question: Which actors appear in three or more of the five source documents (the movement's common reference points)?
// READ. Parameters: none. Returns: actor, type, documents
MATCH (actor:Actor)
WITH actor, reduce(seen = [], source IN actor.sources | CASE WHEN source IN seen THEN seen ELSE seen + source END) AS documents
WHERE size(documents) >= 3
RETURN actor.name AS actor, actor.type AS type, size(documents) AS documents
ORDER BY documents DESC, actor
