/**
 * Collaboration relationship types, written once: the GraphQL field names each direction gets
 * (`out`, `in`), how each reads from either end in the explorer (`label`), what it means, and
 * whether its direction carries meaning (`directed`: a member joins a network, a city hosts a
 * visit; partners cooperate with each other, so PARTNERS_WITH is stored one way but drawn without
 * an arrow). `ends`, where given, lists the actor labels each end may have (a visit is city to
 * city). Loader, API, exports and client read this list. See docs/data-model.md.
 */
export const RELATIONSHIP_TYPES = {
  MEMBER_OF: {
    out: "memberOf",
    in: "members",
    label: { out: "Member of", in: "Members" },
    meaning: "is a member of a network, alliance or organisation",
    directed: true,
  },
  PARTICIPATES_IN: {
    out: "participatesIn",
    in: "participants",
    label: { out: "Takes part in", in: "Participants" },
    meaning: "is a partner in a project, programme or initiative",
    directed: true,
  },
  MAYOR_OF: {
    out: "mayorOf",
    in: "mayors",
    label: { out: "Mayor of", in: "Mayors" },
    meaning: "is mayor or deputy mayor of (office says which)",
    directed: true,
    ends: { from: ["Person"], to: ["City"] },
  },
  WORKS_FOR: {
    out: "worksFor",
    in: "staff",
    label: { out: "Works for", in: "People" },
    meaning: "works for, represents or leads",
    directed: true,
    ends: { from: ["Person"] },
  },
  FOUNDED: {
    out: "founded",
    in: "foundedBy",
    label: { out: "Founded", in: "Founded by" },
    meaning: "founded or launched",
    directed: true,
  },
  COORDINATES: {
    out: "coordinates",
    in: "coordinatedBy",
    label: { out: "Coordinates", in: "Coordinated by" },
    meaning: "leads, runs, chairs or implements",
    directed: true,
  },
  PARTNERS_WITH: {
    out: "partnersWith",
    in: "partneredBy",
    label: { out: "Partners with", in: "Partner of" },
    meaning: "cooperates with",
    directed: false,
  },
  SUPPORTS: {
    out: "supports",
    in: "supportedBy",
    label: { out: "Supports", in: "Supported by" },
    meaning: "supports (non-financial)",
    directed: true,
  },
  FUNDS: {
    out: "funds",
    in: "fundedBy",
    label: { out: "Funds", in: "Funded by" },
    meaning: "finances",
    directed: true,
  },
  HOSTS: {
    out: "hosts",
    in: "hostedBy",
    label: { out: "Hosts", in: "Hosted by" },
    meaning: "hosts an event, visit, organisation or project",
    directed: true,
  },
  ADDRESSES: {
    out: "addresses",
    in: "addressedBy",
    label: { out: "Addresses", in: "Addressed by" },
    meaning: "addresses, appeals or writes to",
    directed: true,
  },
  SIGNED: {
    out: "signed",
    in: "signatories",
    label: { out: "Signed", in: "Signatories" },
    meaning: "signed a declaration, charter or agreement",
    directed: true,
  },
  LOCATED_IN: {
    out: "locatedIn",
    in: "locatedHere",
    label: { out: "Located in", in: "Located here" },
    meaning: "acts in or is based in; lies in",
    directed: true,
  },
  VISITED: {
    out: "visited",
    in: "visitedBy",
    label: { out: "Visited", in: "Visited by" },
    meaning: "visited (a mentoring or study visit)",
    directed: true,
    ends: { from: ["City"], to: ["City"] },
  },
  BUILDS_ON: {
    out: "buildsOn",
    in: "builtOnBy",
    label: { out: "Builds on", in: "Built on by" },
    meaning: "builds on, continues or follows up an earlier network, project or initiative",
    directed: true,
  },
  AUTHORED: {
    out: "authored",
    in: "authoredBy",
    label: { out: "Authored", in: "Authored by" },
    meaning: "wrote or co-authored a study, report or statement",
    directed: true,
  },
  INFORMED: {
    out: "informed",
    in: "informedBy",
    label: { out: "Informed", in: "Informed by" },
    meaning: "was interviewed for or gave information to a study or report",
    directed: true,
  },
  MET: {
    out: "met",
    in: "metBy",
    label: { out: "Met", in: "Met by" },
    meaning: "met in person (mayors, officials or delegations)",
    directed: false,
  },
} as const;
export type RelationshipType = keyof typeof RELATIONSHIP_TYPES;
export const RELATIONSHIP_TYPE_NAMES = Object.keys(RELATIONSHIP_TYPES) as RelationshipType[];

export const RELATIONSHIP_STATUSES = ["former", "planned", "proposed"] as const;
export const SOURCE_TYPES = ["report", "web page", "news"] as const;

/** Whether a relationship type is drawn with an arrow; unknown types (overview links) are not. */
export function isDirectedType(type: string): boolean {
  return (RELATIONSHIP_TYPES as Record<string, { directed: boolean }>)[type]?.directed ?? false;
}
