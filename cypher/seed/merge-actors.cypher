// Seed: create or update actors; the type label is set from the record (an allow-listed value,
// validated by zod before this runs), stale type labels removed. WRITE.
// Parameters: $actors: list of {id, type, props}; props hold every stored property
// Returns: count
UNWIND $actors AS actor
MERGE (a:Actor {id: actor.id})
SET a = actor.props
REMOVE a:City:Person:NGO:CityNetwork:InternationalBody:Government:Project
SET a:$(actor.type)
RETURN count(a) AS count
