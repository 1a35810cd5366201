/**
 * Resolvers of the analysis queries (typeDefs/analysis.ts): they validate and delegate to
 * server/src/analysis, and turn its refusals into GraphQL errors with a stable code.
 */
import type { MetricName } from "@atlas/analysis";
import { GraphQLError } from "graphql";
import { AnalysisError } from "../analysis/AnalysisError.ts";
import { toIdList, toIntegerInRange } from "../analysis/analysisArguments.ts";
import { findCommonNeighbours, type CommonNeighboursQuestion } from "../analysis/commonNeighbours.ts";
import { MAX_TOP, type WholeDatabaseMetrics } from "../analysis/computeDatabaseMetrics.ts";
import type { DatabaseMetrics, MetricsStatus } from "../analysis/databaseMetrics.ts";
import { getProjection, type ProjectionQuestion } from "../analysis/projection.ts";
import type { Executor } from "../neo4j/executor.ts";

const MAX_ACTOR_METRIC_IDS = 10_000;

function toGraphQLError(error: unknown): unknown {
  if (!(error instanceof AnalysisError)) return error;
  const busy = error.code === "BUSY";
  return new GraphQLError(error.message, {
    extensions: { code: busy ? "ANALYSIS_BUSY" : "BAD_USER_INPUT", http: { status: busy ? 503 : 400 } },
  });
}

const answering =
  <Args, T>(resolve: (args: Args) => Promise<T>) =>
  async (_: unknown, args: Args): Promise<T> => {
    try {
      return await resolve(args);
    } catch (error) {
      throw toGraphQLError(error);
    }
  };

/** The fields every status answer shares. */
function toStatusFields(status: MetricsStatus) {
  if (status.status === "DONE")
    return { status: "DONE", progress: 1, stage: "done", error: null, computedAt: status.computedAt.toISOString() };
  if (status.status === "FAILED")
    return { status: "FAILED", progress: 0, stage: null, error: status.error, computedAt: null };
  return { status: status.status, progress: status.progress, stage: status.stage, error: null, computedAt: null };
}

function toAlgorithms(result: WholeDatabaseMetrics) {
  return result.algorithms.map(({ library, parameters, ...record }) => ({
    ...record,
    parameters: JSON.stringify(parameters),
    library: library.name,
    libraryVersion: library.version,
  }));
}

/** Each result's id -> position, built on the first per-actor question. */
const positions = new WeakMap<WholeDatabaseMetrics, Map<string, number>>();
function positionOf(result: WholeDatabaseMetrics, id: string): number {
  let index = positions.get(result);
  if (!index) positions.set(result, (index = new Map(result.ids.map((actor, i) => [actor, i]))));
  const position = index.get(id);
  if (position === undefined) throw new AnalysisError(`actorMetrics: no actor has the id "${id}"`);
  return position;
}

export function analysisResolvers(executor: Executor, metrics: DatabaseMetrics) {
  const databaseMetrics = async ({ names, top }: { names: string[]; top: number }) => {
    const count = toIntegerInRange(top, "top", 0, MAX_TOP, "databaseMetrics");
    const status = await metrics.get(names);
    const asked = [...new Set(names)].sort();
    if (status.status !== "DONE") return { ...toStatusFields(status), metrics: asked, algorithms: [], top: [] };
    const { result } = status;
    const ranked = Object.entries(result.top).flatMap(([metric, order]) =>
      Array.from(order.subarray(0, count), (i) => ({
        metric,
        id: result.ids[i]!,
        value: result.values[metric as MetricName]![i]!,
      })),
    );
    const rows = await executor.read("analysis/actors-by-id", { ids: [...new Set(ranked.map((r) => r.id))] });
    const actors = new Map(rows.map((row) => [(row.actor as { id: string }).id, row.actor]));
    return {
      ...toStatusFields(status),
      metrics: asked,
      actors: result.actors,
      links: result.links,
      relationships: result.relationships,
      modularity: result.algorithms.find((a) => a.metric === "community")?.modularity ?? null,
      algorithms: toAlgorithms(result),
      // An actor deleted since the computation has no name to show: left out until the result is renewed.
      top: ranked.flatMap(({ metric, id, value }) =>
        actors.has(id) ? [{ metric, actor: actors.get(id), value }] : [],
      ),
    };
  };

  const actorMetrics = async ({ ids, names }: { ids: string[]; names: string[] }) => {
    const wanted = toIdList(ids, 1, MAX_ACTOR_METRIC_IDS, "actorMetrics");
    const status = await metrics.get(names);
    if (status.status !== "DONE") return { ...toStatusFields(status), values: [] };
    const { result } = status;
    const values = wanted.flatMap((id) => {
      const i = positionOf(result, id);
      return Object.entries(result.values).map(([metric, array]) => ({ id, metric, value: array[i]! }));
    });
    return { ...toStatusFields(status), values };
  };

  return {
    databaseMetrics: answering(databaseMetrics),
    actorMetrics: answering(actorMetrics),
    projection: answering((args: ProjectionQuestion) => getProjection(executor, args)),
    commonNeighbours: answering((args: CommonNeighboursQuestion) => findCommonNeighbours(executor, args)),
  };
}
