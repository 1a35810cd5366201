// Title: Who visited Milan, and why
// Question: Which delegations visited Milan, for what purpose and when?
// READ. Parameters: none. Returns: visitor, purpose, year, status
MATCH (visitor)-[visit:VISITED]->(:City {id: 'milan'})
RETURN visitor.name AS visitor, visit.purpose AS purpose, visit.year AS year, visit.status AS status
ORDER BY purpose, visitor
