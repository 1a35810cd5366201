// Curation: the ids already in the database, to check an import's references and to report what
// it would add or change. READ.
// Parameters: none
// Returns: actorIds, sourceIds, relationshipIds
CALL () { MATCH (a:Actor) RETURN collect(a.id) AS actorIds }
CALL () { MATCH (s:Source) RETURN collect(s.id) AS sourceIds }
CALL () { MATCH (:Actor)-[r]->(:Actor) RETURN collect(r.id) AS relationshipIds }
RETURN actorIds, sourceIds, relationshipIds
