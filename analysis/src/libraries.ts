/**
 * Which code computed each metric, with the version read from its package.json, so that a
 * manifest names exactly what ran. graphology's own package.json is not exported, hence counts
 * made with its core API are credited to this package.
 */
import louvainPackage from "graphology-communities-louvain/package.json" with { type: "json" };
import metricsPackage from "graphology-metrics/package.json" with { type: "json" };
import analysisPackage from "../package.json" with { type: "json" };

export interface Library {
  name: string;
  version: string;
}

const credit = ({ name, version }: Library): Library => ({ name, version });

export const LIBRARIES = {
  metrics: credit(metricsPackage),
  louvain: credit(louvainPackage),
  analysis: credit(analysisPackage),
} as const;
