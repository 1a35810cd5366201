/** The only code that talks to the server. */
export class ApiError extends Error {
  override name = "ApiError";
}

export async function graphql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  let response: Response;
  try {
    response = await fetch("/graphql", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query, variables }),
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
