// Curation: one audit entry per write (import or mutation), in the same transaction. WRITE.
// Parameters: $who, $action, $summary, $origin: strings; $actorIds, $relationshipIds: lists
// Returns: id
CREATE (entry:AuditEntry {
  id: randomUUID(), at: datetime(), who: $who, action: $action, summary: $summary, origin: $origin,
  actorIds: $actorIds, relationshipIds: $relationshipIds
})
RETURN entry.id AS id
