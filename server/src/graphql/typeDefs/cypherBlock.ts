import { readCypher } from "@atlas/cypher";

/**
 * A query from cypher/ (one per file) as a GraphQL block string, to inline in @cypher. A block
 * string holds any text except a triple quote; our queries have none.
 */
export function cypherBlock(cypherName: string): string {
  const text = readCypher(cypherName);
  if (text.includes('"""')) throw new Error(`typeDefs: ${cypherName}.cypher must not contain """`);
  return `"""\n${text}\n"""`;
}
