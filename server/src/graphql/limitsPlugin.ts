/**
 * Refuses, with 400 and a message that says what to change, a GraphQL operation whose paging
 * arguments are out of range or whose cost (list sizes multiplied, see queryCost.ts) is above
 * maxCost. It runs once the operation is known and before it executes, with the request's
 * variables applied (a validation rule would not see them).
 */
import type { ApolloServerPlugin } from "@apollo/server";
// graphql's CommonJS entry, the copy @neo4j/graphql and Apollo use: vitest resolves plain "graphql"
// to its ES module build, a second copy whose instanceof checks reject the schema's types.
import { getVariableValues, GraphQLError } from "graphql/index.js";
import { findPagingProblem } from "./listArguments.ts";
import type { ListLimit } from "./listLimits.ts";
import { getQueryCost } from "./queryCost.ts";

function badRequest(message: string, code: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code, http: { status: 400 } } });
}

export function limitsPlugin(options: {
  maxCost: number;
  listLimits: Map<string, ListLimit | undefined>;
}): ApolloServerPlugin {
  const defaults = [...options.listLimits]
    .flatMap(([type, limit]) => (limit ? [`${limit.default} for ${type}`] : []))
    .join(", ");
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          if (!operation) return;
          const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], request.variables ?? {});
          // Variables that do not fit their types are refused by execution with its own 400.
          if (!coerced.coerced) return;
          let problem: string | undefined;
          const cost = getQueryCost({
            schema,
            document,
            operation,
            variables: coerced.coerced,
            listLimits: options.listLimits,
            onField: (field, args, listed) => {
              problem ??= findPagingProblem(field, args, listed, options.listLimits);
            },
          });
          if (problem) throw badRequest(`Bad paging argument: ${problem}.`, "BAD_USER_INPUT");
          if (cost > options.maxCost)
            throw badRequest(
              `Query too large: it may return about ${cost.toLocaleString("en", { maximumSignificantDigits: 2 })} values, more than the ` +
                `${options.maxCost.toLocaleString("en")} allowed (a list counts its fields once per item: ` +
                `its limit, else ${defaults}). Use fewer aliases, less nesting or smaller limits.`,
              "QUERY_TOO_COSTLY",
            );
        },
      };
    },
  };
}
