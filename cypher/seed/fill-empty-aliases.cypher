// Seed: after the initial import (neo4j-admin), which writes no property for an empty list, gives
// actors without aliases the empty list the loaders store; one batch per call. WRITE.
// Parameters: $batch: how many actors at most
// Returns: count (actors set by this call; 0 when none is left)
MATCH (a:Actor)
WHERE a.aliases IS NULL
WITH a LIMIT $batch
SET a.aliases = []
RETURN count(a) AS count
