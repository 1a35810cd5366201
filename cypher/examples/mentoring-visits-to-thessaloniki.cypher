// Title: Mentoring delegations to Thessaloniki
// Question: Which cities sent mentoring delegations to Thessaloniki, and what does the source say?
// READ. Parameters: none. Returns: city, quote, source
MATCH (city:City)-[visit:VISITED]->(:City {id: 'thessaloniki'})
WHERE visit.purpose = 'mentoring visit'
RETURN city.name AS city, visit.quotes[0] AS quote, visit.sources[0] AS source
ORDER BY city
