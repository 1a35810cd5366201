/**
 * What nodes can be sized and coloured by: a network metric of the view, or a property of the
 * actor. Continuous keys map onto a ramp, categorical keys onto swatches; only continuous keys
 * size nodes. One list, read by the controls, the URL, the legend and the table.
 */
import { METRIC_NAMES, type MetricName } from "@atlas/analysis";
import type { NodeAttributes } from "../atlasGraph.ts";

export const PROPERTY_KEYS = ["type", "subtype", "country", "document"] as const;
export type PropertyKey = (typeof PROPERTY_KEYS)[number];
export type StyleKey = MetricName | PropertyKey;

export const METRIC_LABELS: Record<MetricName, string> = {
  degree: "Degree",
  inDegree: "In-degree",
  outDegree: "Out-degree",
  weightedDegree: "Weighted degree",
  pagerank: "PageRank",
  betweenness: "Betweenness",
  closeness: "Closeness",
  community: "Community",
  coreNumber: "Core number",
};

export const PROPERTY_LABELS: Record<PropertyKey, string> = {
  type: "Type",
  subtype: "Subtype",
  country: "Country",
  document: "Document",
};

export const STYLE_LABELS: Record<StyleKey, string> = { ...METRIC_LABELS, ...PROPERTY_LABELS };

/** Metrics whose values are labels, not quantities. */
const CATEGORICAL_METRICS: ReadonlySet<MetricName> = new Set(["community"]);

export const SIZE_KEYS: readonly MetricName[] = METRIC_NAMES.filter((m) => !CATEGORICAL_METRICS.has(m));
export const COLOUR_KEYS: readonly StyleKey[] = [...PROPERTY_KEYS, ...METRIC_NAMES];

export function isMetricKey(key: StyleKey): key is MetricName {
  return (METRIC_NAMES as readonly string[]).includes(key);
}

export function isContinuousKey(key: StyleKey): boolean {
  return isMetricKey(key) && !CATEGORICAL_METRICS.has(key);
}

export const isSizeKey = (key: string): key is MetricName => (SIZE_KEYS as readonly string[]).includes(key);
export const isColourKey = (key: string): key is StyleKey => (COLOUR_KEYS as readonly string[]).includes(key);

/** Where the actor's documents disagree, the legend says so rather than picking one. */
export const SEVERAL_DOCUMENTS = "several documents";
/** The category of an actor that has no value for a property. */
export const NO_VALUE = "none";

/** An actor's category for a property key. */
export function getPropertyValue(key: PropertyKey, attributes: NodeAttributes): string {
  switch (key) {
    case "type":
      return attributes.actorType;
    case "subtype":
      return attributes.subtype ?? NO_VALUE;
    case "country":
      return attributes.country ?? NO_VALUE;
    case "document":
      return attributes.sources.length === 0
        ? NO_VALUE
        : attributes.sources.length === 1
          ? attributes.sources[0]!
          : SEVERAL_DOCUMENTS;
  }
}
