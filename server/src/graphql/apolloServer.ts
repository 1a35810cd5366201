/**
 * The public GraphQL server: bounded before execution (tokens, depth, aliases, directives, and a
 * cost that multiplies list sizes), one Neo4j transaction per request, and every refusal a 400
 * with a message, never a 500.
 */
import { ApolloServer, type BaseContext } from "@apollo/server";
import { ApolloArmor } from "@escape.tech/graphql-armor";
import type { GraphQLSchema } from "graphql";
import type { Executor } from "../neo4j/executor.ts";
import type { Logger } from "pino";
import { isUnavailableError, type Neo4jAvailability } from "../neo4j/availability.ts";
import { limitsPlugin } from "./limitsPlugin.ts";
import { readListLimits } from "./listLimits.ts";
import { RequestTransaction } from "./requestTransaction.ts";
import { typeDefs } from "./typeDefs.ts";

export const MAX_TOKENS = 2000;

export interface GraphqlContext extends BaseContext {
  /** Where @neo4j/graphql runs this request's Cypher (see requestTransaction.ts). */
  executionContext: ReturnType<RequestTransaction["asExecutionContext"]>;
  sessionConfig: { database: string };
  transaction: RequestTransaction;
}

export function newRequestContext(executor: Executor) {
  const transaction = new RequestTransaction(executor);
  return {
    transaction,
    executionContext: transaction.asExecutionContext(),
    sessionConfig: { database: executor.database },
  };
}

export async function startApolloServer<Context extends GraphqlContext>(options: {
  schema: GraphQLSchema;
  availability: Neo4jAvailability;
  logger: Logger;
  maxCost: number;
}): Promise<ApolloServer<Context>> {
  const armor = new ApolloArmor({
    maxDepth: { n: 8 },
    maxAliases: { n: 15 },
    costLimit: { maxCost: 5000 },
    // Counted by graphql's own parser (parseOptions below): armor's token plugin throws from a
    // hook Apollo does not expect to fail, which made a long query a 500 instead of a 400.
    maxTokens: { enabled: false },
    maxDirectives: { n: 50 },
    blockFieldSuggestion: { enabled: false },
  }).protect();
  const apollo = new ApolloServer<Context>({
    schema: options.schema,
    ...armor,
    parseOptions: { maxTokens: MAX_TOKENS },
    plugins: [
      ...armor.plugins,
      limitsPlugin({ maxCost: options.maxCost, listLimits: readListLimits(typeDefs) }),
      {
        async requestDidStart() {
          return {
            // A query that failed to reach Neo4j marks it down, so the next requests fail fast.
            async didEncounterErrors({ errors }) {
              for (const error of errors)
                if (isUnavailableError(error.originalError)) options.availability.markDown(error.originalError);
            },
            async willSendResponse({ contextValue }) {
              await contextValue.transaction.close();
            },
          };
        },
      },
    ],
    validationRules: [...armor.validationRules],
    introspection: true,
    // The process entry owns shutdown (HTTP, then Apollo, then the driver, then Neo4j).
    stopOnTerminationSignals: false,
    // Stack traces never leave the server.
    includeStacktraceInErrorResponses: false,
    formatError: (formatted, error) => {
      options.logger.debug({ err: error }, "graphql error");
      return formatted;
    },
  });
  await apollo.start();
  return apollo;
}
