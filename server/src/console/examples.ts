/** The worked example queries of cypher/examples, with the title and question from each header. */
import { listCypherFiles, readCypher, cypherDir } from "@atlas/cypher";
import { readFileSync } from "node:fs";
import path from "node:path";

export interface CypherExample {
  id: string;
  title: string;
  question: string;
  query: string;
}

export function loadExamples(): CypherExample[] {
  return listCypherFiles()
    .filter((name) => name.startsWith("examples/"))
    .map((name) => {
      const header = readFileSync(path.join(cypherDir, `${name}.cypher`), "utf8");
      const field = (key: string) => new RegExp(`^// ${key}: (.+)$`, "m").exec(header)?.[1]?.trim() ?? "";
      return {
        id: name.replace("examples/", ""),
        title: field("Title"),
        question: field("Question"),
        query: readCypher(name),
      };
    });
}
