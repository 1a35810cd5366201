// Seed: create actors known to be new (the bulk loader checked that none of their ids is
// stored), skipping MERGE's lookup; the type label is set from the record (an allow-listed value,
// validated by zod before this runs). WRITE.
// Parameters: $actors: list of {id, type, props}; props hold every stored property, origin included
// Returns: count (actors created)
UNWIND $actors AS actor
CREATE (a:Actor)
SET a = actor.props
SET a:$(actor.type)
RETURN count(a) AS count
