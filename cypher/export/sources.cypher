// Export: the source documents, to cite. READ.
// Parameters: none
// Returns: source (map of properties)
MATCH (s:Source)
RETURN properties(s) AS source
ORDER BY s.id
