// Seed: remove what an earlier load of the seed put in and the files no longer hold, so the
// database mirrors the files. Only origin 'seed' is touched: curated data stays. WRITE.
// Parameters: $actorIds: list of ids, $relationshipIds: list of ids
// Returns: removedRelationships, removedActors
OPTIONAL MATCH (:Actor)-[r {origin: 'seed'}]->(:Actor)
WHERE NOT r.id IN $relationshipIds
DELETE r
WITH count(r) AS removedRelationships
OPTIONAL MATCH (a:Actor {origin: 'seed'})
WHERE NOT a.id IN $actorIds
DETACH DELETE a
RETURN removedRelationships, count(a) AS removedActors
