/** Metrics that cannot be computed as asked (an unknown name, a graph above the caps): the caller's to fix. */
export class MetricsError extends Error {
  override name = "MetricsError";
}
