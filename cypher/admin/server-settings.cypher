// Admin: the current values of the named server settings, on the server that answers (on a
// cluster, one member). READ. Needs the SHOW SETTING privilege on Enterprise and Aura; settings
// the user may not see are left out, not refused.
// Parameters: names (list of setting names)
// Returns: name, value (Neo4j's own format: "1m", "512.00MiB", "false")
SHOW SETTINGS YIELD name, value
WHERE name IN $names
RETURN name, value
