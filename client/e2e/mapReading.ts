/**
 * What the map shows, read inside the page independently of the explorer's own code: the
 * viewport's geographic bounds, the actors drawn without coordinates or a single place, and the
 * places in Europe.
 */
import type { Page } from "playwright-core";

export function readMap(page: Page) {
  return page.evaluate(() => {
    const { sigma, store, visibility } = window.__atlas!;
    const { graph } = store.getState();
    const { width, height } = sigma.getDimensions();
    // Graph coordinates on the map are Mercator at scale 1000, y pointing north.
    const toLonLat = ({ x, y }: { x: number; y: number }) => ({
      lon: ((x / 1000) * 180) / Math.PI,
      lat: ((2 * Math.atan(Math.exp(y / 1000)) - Math.PI / 2) * 180) / Math.PI,
    });
    const corners = [sigma.viewportToGraph({ x: 0, y: 0 }), sigma.viewportToGraph({ x: width, y: height })].map(
      toLonLat,
    );
    const bounds = {
      west: Math.min(corners[0]!.lon, corners[1]!.lon),
      east: Math.max(corners[0]!.lon, corners[1]!.lon),
      south: Math.min(corners[0]!.lat, corners[1]!.lat),
      north: Math.max(corners[0]!.lat, corners[1]!.lat),
    };
    const ties = new Set(["LOCATED_IN", "MAYOR_OF", "WORKS_FOR"]);
    const located = (id: string) => {
      const a = graph.getNodeAttributes(id);
      return a.lat !== null && a.lon !== null;
    };
    const placesOf = (id: string) =>
      new Set(
        graph
          .filterOutEdges(id, (_, e, __, target) => ties.has(e.relType) && located(target))
          .map((e) => graph.target(e)),
      );
    const drawnWithout = [...visibility().nodes].filter((id) => !located(id) && placesOf(id).size !== 1);
    const farFromPlace = [...visibility().nodes]
      .filter((id) => !located(id))
      .filter((id) => {
        const place = graph.getNodeAttributes([...placesOf(id)][0]!);
        const self = graph.getNodeAttributes(id);
        return Math.hypot(place.x - self.x, place.y - self.y) > 15;
      });
    const unplaceable = graph.filterNodes((id) => !located(id) && placesOf(id).size !== 1);
    const cities = graph
      .filterNodes((_, a) => a.lat !== null && a.lon !== null && a.lon > -25 && a.lon < 45 && a.lat > 34 && a.lat < 72)
      .map((id) => graph.getNodeAttributes(id));
    return {
      bounds,
      drawnWithout,
      farFromPlace,
      unplaceable: unplaceable.length,
      europe: cities.map((c) => ({ lat: c.lat!, lon: c.lon! })),
    };
  });
}
