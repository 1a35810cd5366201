// Title: The Solidarity Cities initiative and its mayors
// Question: Which cities took part in the Eurocities Solidarity Cities initiative, and who were their mayors?
// READ. Parameters: none. Returns: city, mayors
MATCH (city:City)-[:MEMBER_OF|PARTICIPATES_IN]->(:CityNetwork {id: 'solidarity-cities-initiative'})
OPTIONAL MATCH (mayor:Person)-[office:MAYOR_OF]->(city)
RETURN city.name AS city, collect(mayor.name + ' (' + coalesce(office.office, 'Mayor') + ')') AS mayors
ORDER BY city
