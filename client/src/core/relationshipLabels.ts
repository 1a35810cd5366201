/** How each relationship type reads from either end, for the details panel and legends. */
export const RELATIONSHIP_LABELS: Record<string, { out: string; in: string }> = {
  MEMBER_OF: { out: "Member of", in: "Members" },
  PARTICIPATES_IN: { out: "Takes part in", in: "Participants" },
  MAYOR_OF: { out: "Mayor of", in: "Mayors" },
  WORKS_FOR: { out: "Works for", in: "People" },
  FOUNDED: { out: "Founded", in: "Founded by" },
  COORDINATES: { out: "Coordinates", in: "Coordinated by" },
  PARTNERS_WITH: { out: "Partners with", in: "Partner of" },
  SUPPORTS: { out: "Supports", in: "Supported by" },
  FUNDS: { out: "Funds", in: "Funded by" },
  HOSTS: { out: "Hosts", in: "Hosted by" },
  ADDRESSES: { out: "Addresses", in: "Addressed by" },
  SIGNED: { out: "Signed", in: "Signatories" },
  LOCATED_IN: { out: "Located in", in: "Located here" },
  VISITED: { out: "Visited", in: "Visited by" },
  BUILDS_ON: { out: "Builds on", in: "Built on by" },
  AUTHORED: { out: "Authored", in: "Authored by" },
  INFORMED: { out: "Informed", in: "Informed by" },
  MET: { out: "Met", in: "Met by" },
  // The overview's links between groups of actors (atlasGraph.ts GROUP_LINK).
  GROUP_LINK: { out: "Between groups", in: "Between groups" },
};
