/** A curation write at scale: it validates against the stored ids (all of them: see curationService.ts). */
import type { RunningAtlas } from "../../server/src/runtime.ts";
import { percentile } from "./percentile.ts";

/** One actor through upsertActors, three times; prints and returns the median in ms. */
export async function measureCurationWrite(atlas: RunningAtlas, token: string, sourceId: string): Promise<number> {
  const curationTimes: number[] = [];
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    const response = await fetch(`${atlas.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
      body: JSON.stringify({
        query: `mutation ($input: [ActorInput!]!) { upsertActors(input: $input) { newActors } }`,
        variables: {
          input: [
            {
              id: `bench-curated-${i}`,
              type: "NGO",
              name: `Bench curated NGO ${i}`,
              evidence: [{ source: sourceId, quote: "synthetic" }],
            },
          ],
        },
      }),
    });
    const body = (await response.json()) as { errors?: Array<{ message: string }> };
    if (body.errors) throw new Error(body.errors[0]!.message);
    curationTimes.push(performance.now() - t);
  }
  console.log(
    `\nCuration write (one actor through upsertActors: validation, one transaction, audit): median ${percentile(curationTimes, 50).toFixed(0)} ms of 3`,
  );
  return percentile(curationTimes, 50);
}
