/**
 * The curation mutations: upsert actors and add relationships, each with its evidence. Only a
 * caller with the curation token may write; everything goes through the import validation and
 * the one-transaction loader, and leaves an audit entry.
 */
import { DatasetError } from "@atlas/model";
import { GraphQLError } from "graphql";
import { validateAgainstStore, writeDataset } from "../curation/curationService.ts";
import type { Executor } from "../neo4j/executor.ts";

export interface CurationContext {
  /** Who the token says the caller is; null without a valid token. */
  curator: string | null;
  /** Why there is no curator: no token sent (401) or a wrong one (403). */
  authProblem: "missing" | "invalid" | "disabled" | null;
}

interface EvidenceInput {
  source: string;
  quote: string;
}

function requireCurator(context: CurationContext): string {
  if (context.curator) return context.curator;
  if (context.authProblem === "disabled") {
    throw new GraphQLError("Curation is disabled on this server: set CURATION_TOKEN to enable it.", {
      extensions: { code: "FORBIDDEN", http: { status: 403 } },
    });
  }
  if (context.authProblem === "invalid") {
    throw new GraphQLError("The curation token is not valid.", {
      extensions: { code: "FORBIDDEN", http: { status: 403 } },
    });
  }
  throw new GraphQLError("Writing needs a curation token: send Authorization: Bearer <token>.", {
    extensions: { code: "UNAUTHENTICATED", http: { status: 401 } },
  });
}

export function curationResolvers(executor: Executor, onWrite: () => void) {
  const write = async (
    context: CurationContext,
    action: string,
    body: { actors?: unknown[]; relationships?: unknown[] },
  ) => {
    const who = requireCurator(context);
    try {
      const { dataset, existing } = await validateAgainstStore(executor, {
        json: { name: action, text: JSON.stringify(body) },
      });
      const report = await writeDataset(executor, dataset, existing, { who, action });
      onWrite();
      return {
        actors: dataset.actors.length,
        relationships: dataset.relationships.length,
        newActors: report.actors.new,
        newRelationships: report.relationships.new,
      };
    } catch (error) {
      if (error instanceof DatasetError) {
        throw new GraphQLError(error.message, {
          extensions: { code: "BAD_USER_INPUT", http: { status: 400 }, issues: error.issues },
        });
      }
      throw error;
    }
  };
  const withEvidence = <T extends { evidence: EvidenceInput[] }>(items: T[]) =>
    items.map((item) => ({ ...item, evidence: item.evidence }));
  return {
    Mutation: {
      upsertActors: (_: unknown, args: { input: Array<{ evidence: EvidenceInput[] }> }, context: CurationContext) =>
        write(context, "upsertActors", { actors: withEvidence(args.input) }),
      addRelationships: (_: unknown, args: { input: Array<{ evidence: EvidenceInput[] }> }, context: CurationContext) =>
        write(context, "addRelationships", { relationships: withEvidence(args.input) }),
    },
  };
}
