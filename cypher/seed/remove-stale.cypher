// Seed: remove what an earlier load of the same origin put in and the files no longer hold, so
// the database mirrors the files. Other origins (curated data, fixtures) are never touched. WRITE.
// Parameters: $origin: string, $actorIds: list of ids, $relationshipIds: list of ids
// Returns: removedRelationships, removedActors
OPTIONAL MATCH (:Actor)-[r]->(:Actor)
WHERE r.origin = $origin AND NOT r.id IN $relationshipIds
DELETE r
WITH count(r) AS removedRelationships
OPTIONAL MATCH (a:Actor)
WHERE a.origin = $origin AND NOT a.id IN $actorIds
DETACH DELETE a
RETURN removedRelationships, count(a) AS removedActors
