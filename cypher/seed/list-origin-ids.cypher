// Seed: the ids of every actor and relationship an earlier load of this origin wrote. READ.
// Parameters: $origin: string
// Returns: actorIds, relationshipIds
CALL () {
  MATCH (a:Actor)
  WHERE a.origin = $origin
  RETURN collect(a.id) AS actorIds
}
CALL () {
  MATCH (:Actor)-[r]->(:Actor)
  WHERE r.origin = $origin
  RETURN collect(r.id) AS relationshipIds
}
RETURN actorIds, relationshipIds
