import { timingSafeEqual } from "node:crypto";
import type { CurationContext } from "../graphql/curationResolvers.ts";

/**
 * Who may curate, from the Authorization header: the bearer of the curation token, or nobody and
 * why (curation disabled, no token sent, a wrong one). Constant-time comparison, so the token
 * cannot be guessed from response times.
 */
export function authenticateCurator(header: string | undefined, token: string | undefined): CurationContext {
  if (!token) return { curator: null, authProblem: "disabled" };
  const sent = /^Bearer (.+)$/.exec(header ?? "")?.[1];
  if (!sent) return { curator: null, authProblem: "missing" };
  const a = Buffer.from(sent);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b)
    ? { curator: "curation-token", authProblem: null }
    : { curator: null, authProblem: "invalid" };
}
