/**
 * `npm run bench:flood`: does the app hold while the public console is flooded? Against a
 * throwaway local Atlas (seed data, default console caps, TRUST_PROXY=loopback, the rate limit
 * lifted so that it is not what answers): times a GraphQL search every 100 ms, first alone, then
 * while 60 runaway console queries (cartesian products and long loops that run to the 5 s
 * timeout) are fired one every 200 ms without waiting for answers, from one client and then from
 * 60 clients (X-Forwarded-For); 10 s after each flood, checks with SHOW TRANSACTIONS that no
 * console transaction is left. Then sends answers of one 5M-item row each (decoded in the
 * console's worker threads) while timing searches, kills the Neo4j JVM with SIGKILL and times
 * how long until /readyz answers 200 again.
 */
import { startThrowawayAtlas } from "./startThrowawayAtlas.ts";

const ATTEMPTS = 60;
const RUNAWAY = [
  "MATCH (a), (b), (c), (d) RETURN count(*)",
  "MATCH (a:Actor), (b:Actor), (c:Actor) WHERE a.name < b.name AND b.name < c.name RETURN count(*)",
  "UNWIND range(1, 1000000000) AS x WITH x WHERE x % 7 = 3 RETURN count(x)",
  "MATCH p = (a:Actor)-[*1..6]-(b:Actor) RETURN count(p)",
];

const atlas = await startThrowawayAtlas({ RATE_LIMIT_PER_MINUTE: "1000000", TRUST_PROXY: "loopback" });
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const percentile = (sorted: number[], p: number) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]! : NaN;

/** Searches every 100 ms until stopped; returns each answer's latency and the failures. */
function pollSearch() {
  const latencies: number[] = [];
  const failures: number[] = [];
  let running = true;
  const done = (async () => {
    while (running) {
      const started = performance.now();
      const response = await fetch(`${atlas.url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: '{ search(text: "ber", limit: 8) { id name } }' }),
      });
      await response.arrayBuffer();
      if (response.status === 200) latencies.push(performance.now() - started);
      else failures.push(response.status);
      await sleep(Math.max(0, 100 - (performance.now() - started)));
    }
  })();
  return {
    async stop() {
      running = false;
      await done;
      const sorted = latencies.sort((a, b) => a - b);
      const [p50, p95, p99] = [50, 95, 99].map((p) => percentile(sorted, p).toFixed(1));
      return `${sorted.length} searches, p50 ${p50} ms, p95 ${p95} ms, p99 ${p99} ms, max ${sorted.at(-1)?.toFixed(1)} ms; failed: ${failures.length}${failures.length ? ` (${[...new Set(failures)].join(", ")})` : ""}`;
    },
  };
}

async function consoleTransactions(): Promise<number> {
  const { records } = await atlas.driver.executeQuery(
    "SHOW TRANSACTIONS YIELD metaData WHERE metaData.source = 'console' RETURN count(*) AS n",
  );
  return records[0]!.get("n").toNumber();
}

/** Fires the runaway queries, one every 200 ms; returns how they were answered. */
async function flood(forwardedFor: (attempt: number) => string | undefined): Promise<string> {
  const statuses: Record<string, number> = {};
  const attempts: Array<Promise<void>> = [];
  for (let i = 0; i < ATTEMPTS; i++) {
    const client = forwardedFor(i);
    attempts.push(
      fetch(`${atlas.url}/api/cypher`, {
        method: "POST",
        headers: { "content-type": "application/json", ...(client && { "x-forwarded-for": client }) },
        body: JSON.stringify({ query: RUNAWAY[i % RUNAWAY.length] }),
      }).then(async (response) => {
        const body = (await response.json()) as { error?: { code: string } };
        const key = `${response.status}${body.error ? ` ${body.error.code}` : ""}`;
        statuses[key] = (statuses[key] ?? 0) + 1;
      }),
    );
    await sleep(200);
  }
  await Promise.all(attempts);
  return Object.entries(statuses)
    .sort()
    .map(([key, n]) => `${n} × ${key}`)
    .join(", ");
}

try {
  console.log(`console flood: ${ATTEMPTS} runaway attempts, search timed every 100 ms\n`);
  let poller = pollSearch();
  await sleep(2000);
  await poller.stop(); // warm-up: the first searches compile their plans
  poller = pollSearch();
  await sleep(5000);
  console.log(`- before the floods (5 s): ${await poller.stop()}`);

  for (const [label, forwardedFor] of [
    ["one client", () => undefined],
    ["60 clients", (i: number) => `198.51.100.${i + 1}`],
  ] as const) {
    poller = pollSearch();
    const answers = await flood(forwardedFor);
    console.log(`- flood from ${label}: ${await poller.stop()}`);
    console.log(`  console answers: ${answers}`);
    await sleep(10_000);
    console.log(`  console transactions still running 10 s later: ${await consoleTransactions()}`);
  }

  // Oversized answers: each a single row holding a 5-million-item list, which the driver decodes
  // in a console worker thread; the HTTP thread keeps answering searches meanwhile.
  poller = pollSearch();
  const oversized = await Promise.all(
    Array.from({ length: 6 }, async (_, i) => {
      await sleep(i * 1500);
      const response = await fetch(`${atlas.url}/api/cypher`, {
        method: "POST",
        headers: { "content-type": "application/json", "x-forwarded-for": `203.0.113.${i + 1}` },
        body: JSON.stringify({ query: "UNWIND range(1, 5000000) AS x RETURN collect(x) AS xs" }),
      });
      const body = (await response.json()) as { error?: { code: string } };
      return `${response.status}${body.error ? ` ${body.error.code}` : ""}`;
    }),
  );
  console.log(`- 6 answers of one 5M-item row each: ${await poller.stop()}`);
  console.log(`  console answers: ${oversized.join(", ")}`);

  const neo4j = atlas.localNeo4j!;
  const killed = neo4j.pid;
  const killedAt = performance.now();
  process.kill(killed, "SIGKILL");
  let sawDown = false;
  let restartedAfter = NaN;
  for (;;) {
    if (Number.isNaN(restartedAfter) && neo4j.restarts > 0) restartedAfter = performance.now() - killedAt;
    const ready = await fetch(`${atlas.url}/readyz`).then((r) => r.status === 200);
    sawDown ||= !ready;
    if (ready && neo4j.restarts > 0) break;
    if (performance.now() - killedAt > 180_000) throw new Error("consoleFlood: /readyz not back within 180 s");
    await sleep(100);
  }
  const readyAfter = performance.now() - killedAt;
  console.log(
    `- SIGKILL of the Neo4j JVM (pid ${killed}): restarted (pid ${neo4j.pid}) after ${(restartedAfter / 1000).toFixed(1)} s, ` +
      `/readyz 200 again after ${(readyAfter / 1000).toFixed(1)} s${sawDown ? "" : " (never seen down)"}`,
  );
} finally {
  await atlas.dispose();
}
