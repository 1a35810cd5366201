// Title: Mayors who addressed international bodies
// Question: Which mayors addressed an international body themselves, or led a city that did?
// READ. Parameters: none. Returns: mayor, city, body, how
MATCH (mayor:Person)-[:MAYOR_OF]->(city:City)
CALL (mayor, city) {
  MATCH (mayor)-[:ADDRESSES]->(body:InternationalBody)
  RETURN body, 'in person' AS how
  UNION
  MATCH (city)-[:ADDRESSES]->(body:InternationalBody)
  RETURN body, 'through the city' AS how
}
RETURN mayor.name AS mayor, city.name AS city, body.name AS body, how
ORDER BY how, city, mayor
