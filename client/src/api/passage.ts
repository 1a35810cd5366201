/** The passage of a source document that holds a quote (GET /api/sources/:id/passage). */
import { ApiError } from "./graphql.ts";

export interface PassageDto {
  source: string;
  passage: { before: string; match: string; after: string; offset: number };
}

export async function fetchPassage(source: string, quote: string): Promise<PassageDto> {
  const url = `/api/sources/${encodeURIComponent(source)}/passage?quote=${encodeURIComponent(quote)}`;
  let response: Response;
  try {
    response = await fetch(url);
  } catch (error) {
    throw new ApiError(`The server did not answer: ${(error as Error).message}`);
  }
  const body = (await response.json().catch(() => undefined)) as
    (PassageDto & { error?: { message: string } }) | undefined;
  if (!response.ok || !body?.passage)
    throw new ApiError(body?.error?.message ?? `The server answered ${response.status}`);
  return body;
}
