// Title: Networks Amsterdam and Athens share
// Question: Which city networks do both Amsterdam and Athens belong to (as stated, not planned)?
// READ. Parameters: none. Returns: network, subtype
MATCH (:City {id: 'amsterdam'})-[a:MEMBER_OF]->(network:CityNetwork)<-[b:MEMBER_OF]-(:City {id: 'athens'})
WHERE a.status IS NULL AND b.status IS NULL
RETURN DISTINCT network.name AS network, network.subtype AS subtype
ORDER BY network
