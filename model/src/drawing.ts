/**
 * How an actor is drawn, wherever it is drawn: the explorer and the exported files and figures
 * size nodes and place them on the map by the same rules.
 */

/** Node size by number of collaborations: area grows with degree, so hubs stand out but fit. */
export function nodeSize(degree: number): number {
  return 3 + 1.6 * Math.sqrt(degree);
}

/**
 * The map layout's projection: Mercator at this scale, centred on 0°, 0°, with graph y pointing
 * up. The explorer places actors with it and map figures draw their country outlines with it.
 */
export const MAP_MERCATOR_SCALE = 1000;
