/**
 * Colours by actor type from the Okabe–Ito palette: distinguishable with the common colour-vision
 * deficiencies and dark enough to print on white.
 */
export const TYPE_COLOURS: Record<string, string> = {
  City: "#0072B2",
  Person: "#CC79A7",
  NGO: "#009E73",
  CityNetwork: "#E69F00",
  InternationalBody: "#D55E00",
  Government: "#56B4E9",
  Project: "#7A7A7A",
};

export const UNKNOWN_TYPE_COLOUR = "#333333";

export function getTypeColour(type: string): string {
  return TYPE_COLOURS[type] ?? UNKNOWN_TYPE_COLOUR;
}
