// Title: Who visited Milan, and why
// Question: Which delegations visited Milan, or took part in a visit Milan hosted, for what purpose and when?
// READ. Parameters: none. Returns: visitor, purpose, year, status
CALL () {
  MATCH (visitor)-[visit:VISITED]->(:City {id: 'milan'})
  RETURN visitor, visit.purpose AS purpose, visit.year AS year, visit.status AS status
  UNION
  MATCH (:City {id: 'milan'})-[host:HOSTS]->(:Project)<-[part:PARTICIPATES_IN]-(visitor)
  RETURN visitor, host.purpose AS purpose, host.year AS year, part.status AS status
}
RETURN visitor.name AS visitor, purpose, year, status
ORDER BY purpose, visitor
