/**
 * GraphQL Code Generator's configuration: client types from the printed schema
 * (server/src/graphql/schema.graphql) and the operations in client/src/api. `npm run codegen`
 * writes them; scripts/codegen.test.ts checks the committed files are what it would write.
 */
import type { CodegenConfig } from "@graphql-codegen/cli";

export const ROOT = new URL("..", import.meta.url).pathname;
export const CLIENT_TYPES_DIR = "client/src/api/generated/";

export const codegenConfig: CodegenConfig = {
  schema: "server/src/graphql/schema.graphql",
  documents: ["client/src/api/*.ts"],
  ignoreNoDocuments: false,
  generates: {
    [CLIENT_TYPES_DIR]: {
      preset: "client",
      // The client sends operations as text (api/graphql.ts): no parsed documents in the bundle.
      presetConfig: { fragmentMasking: false, gqlTagName: "gql" },
      config: {
        documentMode: "string",
        onlyOperationTypes: true,
        skipTypename: true,
        useTypeImports: true,
        importExtension: ".ts",
      },
    },
  },
};
