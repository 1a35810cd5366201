// Title: WELDI's planned sub-groups and who wants to join
// Question: Which sub-groups does the WELDI network plan or propose, and which partner cities expressed interest in each?
// READ. Parameters: none. Returns: group, status, cities
MATCH (group:Actor {subtype: 'working group'})-[part:MEMBER_OF]->(:CityNetwork {id: 'weldi'})
OPTIONAL MATCH (city:City)-[interest:MEMBER_OF]->(group)
WITH group, part, city, interest
ORDER BY city.name
RETURN group.name AS group, coalesce(part.status, 'actual') AS status,
  collect(city.name + ' (' + coalesce(interest.status, 'member') + ')') AS cities
ORDER BY group
