// Title: Collaborations by the year they were reported
// Question: How many collaborations had the documents reported by each year, and which years are only approximate?
// READ. Parameters: none. Returns: year, note, collaborations
MATCH (:Actor)-[r]->(:Actor)
WHERE r.reportedYear IS NOT NULL
RETURN r.reportedYear AS year, r.reportedYearNote AS note, count(r) AS collaborations
ORDER BY year, note
