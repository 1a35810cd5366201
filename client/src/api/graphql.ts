/** The only code that talks to the server. */
import type { TypedDocumentString } from "./generated/graphql.ts";

export class ApiError extends Error {
  override name = "ApiError";
}

/** Sends one generated operation (graphQueries.ts, actorQueries.ts); its text and both types come from codegen. */
export async function graphql<T, V>(query: TypedDocumentString<T, V>, variables: V): Promise<T> {
  let response: Response;
  try {
    response = await fetch("/graphql", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: query.toString(), variables }),
    });
  } catch (error) {
    throw new ApiError(`The server did not answer: ${(error as Error).message}`);
  }
  const body = (await response.json().catch(() => undefined)) as
    { data?: T; errors?: { message: string }[] } | undefined;
  if (body?.errors?.length) throw new ApiError(body.errors.map((e) => e.message).join("; "));
  if (!response.ok || !body?.data) throw new ApiError(`The server answered ${response.status}`);
  return body.data;
}
