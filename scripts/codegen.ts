/** `npm run codegen`: prints the served GraphQL schema, then generates the client types from it. */
import { writeFile } from "node:fs/promises";
import { generate } from "@graphql-codegen/cli";
import { getPrintedSchema, SCHEMA_FILE } from "../server/src/graphql/printSchema.ts";
import { codegenConfig, ROOT } from "./codegenConfig.ts";

await writeFile(SCHEMA_FILE, await getPrintedSchema());
await generate({ ...codegenConfig, cwd: ROOT, silent: true }, true);
console.log("codegen: wrote server/src/graphql/schema.graphql and the client types");
