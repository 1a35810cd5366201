import { readdir, readFile } from "node:fs/promises";
import { isAbsolute, join, relative } from "node:path";
import { generate } from "@graphql-codegen/cli";
import type { Types } from "@graphql-codegen/plugin-helpers";
import { expect, test } from "vitest";
import { findFirstDifference } from "../test/firstDifference.ts";
import { CLIENT_TYPES_DIR, codegenConfig, ROOT } from "./codegenConfig.ts";

test("the committed client types are what npm run codegen generates from schema.graphql", async () => {
  const outputs: Types.FileOutput[] = await generate({ ...codegenConfig, cwd: ROOT, silent: true }, false);
  const generated = new Map(
    outputs.map((file) => [
      relative(ROOT, isAbsolute(file.filename) ? file.filename : join(ROOT, file.filename)),
      file.content,
    ]),
  );
  const committed = (await readdir(join(ROOT, CLIENT_TYPES_DIR))).map((name) => join(CLIENT_TYPES_DIR, name));
  expect(committed.sort(), `${CLIENT_TYPES_DIR} holds other files than codegen writes`).toEqual(
    [...generated.keys()].sort(),
  );
  for (const [path, content] of generated) {
    const difference = findFirstDifference(await readFile(join(ROOT, path), "utf8"), content);
    if (difference) expect.fail(`${path} is stale: review, then run npm run codegen (${difference})`);
  }
});
