// Seed: remove the actors and relationships of this origin that the files no longer hold (the
// loader works out which, as sets, from seed/list-origin-ids). Other origins are never touched.
// WRITE.
// Parameters: $origin: string, $staleActorIds: list of ids, $staleRelationshipIds: list of ids
// Returns: removedRelationships, removedActors
CALL (){
  UNWIND $staleRelationshipIds AS staleId
  MATCH (:Actor)-[r]->(:Actor)
  WHERE r.id = staleId AND r.origin = $origin
  DELETE r
  RETURN count(r) AS removedRelationships
}
CALL () {
  UNWIND $staleActorIds AS staleId
  MATCH (a:Actor {id: staleId})
  WHERE a.origin = $origin
  DETACH DELETE a
  RETURN count(a) AS removedActors
}
RETURN removedRelationships, removedActors
