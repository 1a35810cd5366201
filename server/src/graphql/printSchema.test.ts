import { readFile } from "node:fs/promises";
import { expect, test } from "vitest";
import { findFirstDifference } from "../../../test/firstDifference.ts";
import { getPrintedSchema, SCHEMA_FILE } from "./printSchema.ts";

test("schema.graphql is the schema the server serves", async () => {
  const difference = findFirstDifference(await readFile(SCHEMA_FILE, "utf8"), await getPrintedSchema());
  if (difference) expect.fail(`the GraphQL schema changed: review, then run npm run codegen (${difference})`);
});
