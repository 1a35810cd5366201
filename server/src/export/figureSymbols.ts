/**
 * How a node and an edge look in a figure. In colour, actors are discs in their type's colour;
 * grayscale-safe figures (print in black and white, colour-vision deficiencies) give each actor
 * type its own shape as well as a grey level, so the legend still tells them apart.
 */
import { ACTOR_TYPES, type ActorType } from "@atlas/model";
import { escapeXml } from "./xml.ts";

type Shape = "circle" | "square" | "triangle" | "diamond" | "triangle-down" | "hexagon" | "plus";
const SHAPES: Shape[] = ["circle", "square", "triangle", "diamond", "triangle-down", "hexagon", "plus"];
const GREYS = ["#1a1a1a", "#595959", "#8c8c8c", "#333333", "#737373", "#a6a6a6", "#4d4d4d"];

export interface NodeLook {
  fill: string;
  shape: Shape;
  stroke: string;
}

export function getNodeLook(type: string, colour: string, grayscale: boolean): NodeLook {
  if (!grayscale) return { fill: colour, shape: "circle", stroke: "#ffffff" };
  const index = Math.max(ACTOR_TYPES.indexOf(type as ActorType), 0);
  return { fill: GREYS[index % GREYS.length]!, shape: SHAPES[index % SHAPES.length]!, stroke: "#000000" };
}

const f = (n: number) => n.toFixed(2);

function polygon(cx: number, cy: number, r: number, corners: number, start: number): string {
  const points: string[] = [];
  for (let i = 0; i < corners; i++) {
    const angle = start + (2 * Math.PI * i) / corners;
    points.push(`${f(cx + r * Math.cos(angle))},${f(cy + r * Math.sin(angle))}`);
  }
  return points.join(" ");
}

function shapeElement(shape: Shape, cx: number, cy: number, r: number): [tag: string, geometry: string] {
  switch (shape) {
    case "circle":
      return ["circle", `cx="${f(cx)}" cy="${f(cy)}" r="${f(r)}"`];
    case "square":
      return ["rect", `x="${f(cx - r * 0.89)}" y="${f(cy - r * 0.89)}" width="${f(r * 1.78)}" height="${f(r * 1.78)}"`];
    case "triangle":
      return ["polygon", `points="${polygon(cx, cy + r * 0.15, r * 1.15, 3, -Math.PI / 2)}"`];
    case "triangle-down":
      return ["polygon", `points="${polygon(cx, cy - r * 0.15, r * 1.15, 3, Math.PI / 2)}"`];
    case "diamond":
      return ["polygon", `points="${polygon(cx, cy, r * 1.2, 4, 0)}"`];
    case "hexagon":
      return ["polygon", `points="${polygon(cx, cy, r * 1.05, 6, 0)}"`];
    case "plus": {
      const [a, b] = [r * 0.38, r];
      const corners = [
        [-a, -b],
        [a, -b],
        [a, -a],
        [b, -a],
        [b, a],
        [a, a],
        [a, b],
        [-a, b],
        [-a, a],
        [-b, a],
        [-b, -a],
        [-a, -a],
      ] as const;
      return ["polygon", `points="${corners.map(([x, y]) => `${f(cx + x)},${f(cy + y)}`).join(" ")}"`];
    }
  }
}

/**
 * One SVG element for a node; `extra` carries attributes such as a highlight stroke, `title` a
 * tooltip (the actor's name, for screen readers and SVG viewers).
 */
export function drawNode(look: NodeLook, cx: number, cy: number, r: number, extra = "", title?: string): string {
  const [tag, geometry] = shapeElement(look.shape, cx, cy, r);
  const open = `<${tag} ${geometry} fill="${look.fill}"${extra}`;
  return title === undefined ? `${open}/>` : `${open}><title>${escapeXml(title)}</title></${tag}>`;
}

/** The arrowhead of directed relationships, in points (the SVG's user unit). */
export const ARROW_DEFS =
  '<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="3.2" markerHeight="3.2" markerUnits="userSpaceOnUse" orient="auto"><path d="M0,1 L10,5 L0,9 z" fill="#6e6e6e"/></marker></defs>';
export const EDGE_COLOUR = "#8f8f8f";
