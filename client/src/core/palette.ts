import { ACTOR_TYPE_COLOURS } from "@atlas/seed/model";

export const TYPE_COLOURS: Record<string, string> = ACTOR_TYPE_COLOURS;

export const UNKNOWN_TYPE_COLOUR = "#333333";

export function getTypeColour(type: string): string {
  return TYPE_COLOURS[type] ?? UNKNOWN_TYPE_COLOUR;
}
