// Curation: which of the ids an import touches are already stored, to check its references and
// to report what it would add or change. Only those ids are read, never every id. READ.
// Parameters: $actorIds: [actor id], $sourceIds: [source id], $relationships: [{id, from, to}]
// Returns: actorIds, sourceIds, relationshipIds (the stored ones among those asked)
CALL () { UNWIND $actorIds AS id MATCH (a:Actor {id: id}) RETURN collect(a.id) AS actorIds }
CALL () { UNWIND $sourceIds AS id MATCH (s:Source {id: id}) RETURN collect(s.id) AS sourceIds }
CALL () {
  UNWIND $relationships AS rel
  MATCH (:Actor {id: rel.from})-[r]->(:Actor {id: rel.to})
  WHERE r.id = rel.id
  RETURN collect(r.id) AS relationshipIds
}
RETURN actorIds, sourceIds, relationshipIds
