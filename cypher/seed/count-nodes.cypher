// Seed: how many nodes of any label the database holds, from the count store (no scan); the
// initial import refuses a database that holds any. READ.
// Parameters: none
// Returns: count
MATCH (n)
RETURN count(n) AS count
