// Seed: create or update the Source nodes (the documents). WRITE.
// Parameters: $sources: list of {id, title, publisher, author, year, yearNote, type, url}
// Returns: count
UNWIND $sources AS source
MERGE (s:Source {id: source.id})
SET s = source, s.year = toInteger(source.year)
RETURN count(s) AS count
