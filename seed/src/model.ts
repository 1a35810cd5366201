/**
 * The data model in one place: actor labels and collaboration relationship types, with the
 * GraphQL field names each direction gets. Loader, API and client all read these lists, so a new
 * type is added here once. See docs/data-model.md.
 */
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

/**
 * `directed` says whether the direction carries meaning: a member joins a network, a city hosts a
 * visit; partners cooperate with each other, so PARTNERS_WITH is stored one way but drawn
 * without an arrow.
 */
export const RELATIONSHIP_TYPES = {
  MEMBER_OF: {
    out: "memberOf",
    in: "members",
    meaning: "is a member of a network, alliance or organisation",
    directed: true,
  },
  PARTICIPATES_IN: {
    out: "participatesIn",
    in: "participants",
    meaning: "is a partner in a project, programme or initiative",
    directed: true,
  },
  MAYOR_OF: {
    out: "mayorOf",
    in: "mayors",
    meaning: "is mayor or deputy mayor of (office says which)",
    directed: true,
  },
  WORKS_FOR: { out: "worksFor", in: "staff", meaning: "works for, represents or leads", directed: true },
  FOUNDED: { out: "founded", in: "foundedBy", meaning: "founded or launched", directed: true },
  COORDINATES: {
    out: "coordinates",
    in: "coordinatedBy",
    meaning: "leads, runs, chairs or implements",
    directed: true,
  },
  PARTNERS_WITH: { out: "partnersWith", in: "partneredBy", meaning: "cooperates with", directed: false },
  SUPPORTS: { out: "supports", in: "supportedBy", meaning: "supports (non-financial)", directed: true },
  FUNDS: { out: "funds", in: "fundedBy", meaning: "finances", directed: true },
  HOSTS: { out: "hosts", in: "hostedBy", meaning: "hosts an event, visit, organisation or project", directed: true },
  ADDRESSES: { out: "addresses", in: "addressedBy", meaning: "addresses, appeals or writes to", directed: true },
  SIGNED: { out: "signed", in: "signatories", meaning: "signed a declaration, charter or agreement", directed: true },
  LOCATED_IN: { out: "locatedIn", in: "locatedHere", meaning: "acts in or is based in; lies in", directed: true },
  VISITED: { out: "visited", in: "visitedBy", meaning: "visited (a mentoring or study visit)", directed: true },
  BUILDS_ON: {
    out: "buildsOn",
    in: "builtOnBy",
    meaning: "builds on, continues or follows up an earlier network, project or initiative",
    directed: true,
  },
  AUTHORED: {
    out: "authored",
    in: "authoredBy",
    meaning: "wrote or co-authored a study, report or statement",
    directed: true,
  },
  INFORMED: {
    out: "informed",
    in: "informedBy",
    meaning: "was interviewed for or gave information to a study or report",
    directed: true,
  },
  MET: { out: "met", in: "metBy", meaning: "met in person (mayors, officials or delegations)", directed: false },
} as const;
export type RelationshipType = keyof typeof RELATIONSHIP_TYPES;
export const RELATIONSHIP_TYPE_NAMES = Object.keys(RELATIONSHIP_TYPES) as RelationshipType[];

export const RELATIONSHIP_STATUSES = ["former", "planned", "proposed"] as const;
export const SOURCE_TYPES = ["report", "web page", "news"] as const;

/** Whether a relationship type is drawn with an arrow; unknown types (overview links) are not. */
export function isDirectedType(type: string): boolean {
  return (RELATIONSHIP_TYPES as Record<string, { directed: boolean }>)[type]?.directed ?? false;
}

/**
 * The map layout's projection: Mercator at this scale, centred on 0°, 0°, with graph y pointing
 * up. The explorer places actors with it and map figures draw their country outlines with it, so
 * both read it here.
 */
export const MAP_MERCATOR_SCALE = 1000;

export { toPlainQuote } from "./plainQuote.ts";
