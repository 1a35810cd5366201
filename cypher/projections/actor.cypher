// Projection: the fields of an actor that every query returning actors gives (GraphQL GraphNode).
// Used as `n {...actor}`; `@` stands for the variable it is applied to.
{.id, .type, .name, .aliases, .subtype, .country, .countrySource, .lat, .lon, .role, .description, .sources}
