/** Actor labels and their colours. See docs/data-model.md for the rule behind each label. */
export const ACTOR_TYPES = [
  "City",
  "Person",
  "NGO",
  "CityNetwork",
  "InternationalBody",
  "Government",
  "Project",
] as const;
export type ActorType = (typeof ACTOR_TYPES)[number];

/**
 * Colours by actor type from the Okabe–Ito palette: distinguishable with the common colour-vision
 * deficiencies and dark enough to print on white. The explorer and the exported figures share them.
 */
export const ACTOR_TYPE_COLOURS: Record<ActorType, string> = {
  City: "#0072B2",
  Person: "#CC79A7",
  NGO: "#009E73",
  CityNetwork: "#E69F00",
  InternationalBody: "#D55E00",
  Government: "#56B4E9",
  Project: "#7A7A7A",
};

/** The colour of a label outside the model (a console result's own labels, an overview group). */
export const UNKNOWN_TYPE_COLOUR = "#333333";

export function actorTypeColour(type: string): string {
  return (ACTOR_TYPE_COLOURS as Record<string, string>)[type] ?? UNKNOWN_TYPE_COLOUR;
}
