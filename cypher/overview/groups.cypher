// Overview: actors grouped by type and country (a graph too large to draw whole is first shown
// as these groups), with the number of collaborations between each pair of groups. READ.
// Parameters: none
// Returns: overview {groups: [{id, type, country, actors}], links: [{source, target, relationships}]}
// An actor being deleted by a concurrent transaction can be read without its properties: only
// actors with a type are grouped, so such a ghost never becomes a group without an id.
CALL () {
  MATCH (a:Actor) WHERE a.type IS NOT NULL
  WITH a.type AS type, a.country AS country, count(*) AS actors
  RETURN collect({id: type + '|' + coalesce(country, ''), type: type, country: country, actors: actors}) AS groups
}
CALL () {
  MATCH (a:Actor)-[]->(b:Actor) WHERE a.type IS NOT NULL AND b.type IS NOT NULL
  WITH a.type + '|' + coalesce(a.country, '') AS source, b.type + '|' + coalesce(b.country, '') AS target, count(*) AS relationships
  RETURN collect({source: source, target: target, relationships: relationships}) AS links
}
RETURN {groups: groups, links: links} AS overview
