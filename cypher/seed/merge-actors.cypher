// Seed: create or update actors; the type label is set from the record (an allow-listed value,
// validated by zod before this runs), stale type labels removed. An actor that another origin
// owns (a curator's correction) is left as it is, so a reload never undoes curation. WRITE.
// Parameters: $actors: list of {id, type, props}; props hold every stored property, origin included
// Returns: count (actors processed, written or kept)
UNWIND $actors AS actor
MERGE (a:Actor {id: actor.id})
ON CREATE SET a.origin = actor.props.origin
WITH a, actor
CALL (a, actor) {
  WITH a, actor
  WHERE a.origin = actor.props.origin
  SET a = actor.props
  REMOVE a:City:Person:NGO:CityNetwork:InternationalBody:Government:Project
  SET a:$(actor.type)
}
RETURN count(a) AS count
