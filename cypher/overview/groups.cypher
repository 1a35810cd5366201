// Overview: actors grouped by type and country (a graph too large to draw whole is first shown
// as these groups), with the number of collaborations between each pair of groups. READ.
// Parameters: none
// Returns: overview {groups: [{id, type, country, actors}], links: [{source, target, relationships}]}
CALL () {
  MATCH (a:Actor)
  WITH a.type AS type, a.country AS country, count(*) AS actors
  RETURN collect({id: type + '|' + coalesce(country, ''), type: type, country: country, actors: actors}) AS groups
}
CALL () {
  MATCH (a:Actor)-[]->(b:Actor)
  WITH a.type + '|' + coalesce(a.country, '') AS source, b.type + '|' + coalesce(b.country, '') AS target, count(*) AS relationships
  RETURN collect({source: source, target: target, relationships: relationships}) AS links
}
RETURN {groups: groups, links: links} AS overview
