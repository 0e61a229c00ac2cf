/**
 * Diagram geometry as pure functions: where each actor sits (wide and narrow layouts) and the
 * arrow for each step, clipped at the node borders and shifted sideways so that a request and
 * its answer between the same two actors run side by side.
 */
import type { ActorId } from '../../machine';

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface DiagramLayout {
  width: number;
  height: number;
  nodes: Record<ActorId, Box>;
  /** Text size of arrow labels, in viewBox units. */
  labelSize: number;
  /** Wide layouts write what each message carries on its arrow; narrow ones show step numbers only. */
  showLabels: boolean;
}

const box = (x: number, y: number, w: number, h: number): Box => ({ x, y, w, h });

export const WIDE: DiagramLayout = {
  width: 1000,
  height: 444,
  labelSize: 23,
  showLabels: true,
  // The top row leaves room above it for step 4's label and error code.
  nodes: {
    pod: box(10, 182, 215, 104),
    sts: box(392, 44, 215, 104),
    iam: box(775, 44, 215, 104),
    oidc: box(775, 330, 215, 104),
    s3: box(392, 330, 215, 104),
  },
};

export const NARROW: DiagramLayout = {
  width: 400,
  height: 560,
  labelSize: 18,
  showLabels: false,
  nodes: {
    pod: box(10, 220, 160, 84),
    sts: box(230, 20, 160, 84),
    iam: box(230, 220, 160, 84),
    oidc: box(230, 456, 160, 84),
    s3: box(10, 456, 160, 84),
  },
};

/** Sideways shift of each step's arrow: forward and return messages between one pair differ. */
const OFFSET: Record<number, number> = { 1: -14, 5: -14, 2: -14, 4: -14, 3: 0, 6: 0 };
/** Which side an unshifted arrow's label takes (1 or -1): step 3 runs down the right edge, so its label goes inward. */
const LABEL_SIDE: Record<number, number> = { 3: -1 };

export interface Arrow {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  /** Where the label goes, on the outer side of the arrow. */
  labelX: number;
  labelY: number;
  /** How the label is anchored, so it grows away from the arrow. */
  anchor: 'start' | 'middle' | 'end';
  /** Where an error code goes: one line further out than the label. */
  errorX: number;
  errorY: number;
}

const center = (b: Box) => ({ x: b.x + b.w / 2, y: b.y + b.h / 2 });

/** The point where the ray from the box's centre towards (dx, dy) leaves the box (plus a gap). */
function exitPoint(b: Box, from: { x: number; y: number }, dx: number, dy: number, gap: number) {
  const tx = dx === 0 ? Infinity : (b.w / 2 + gap) / Math.abs(dx);
  const ty = dy === 0 ? Infinity : (b.h / 2 + gap) / Math.abs(dy);
  const t = Math.min(tx, ty);
  return { x: from.x + dx * t, y: from.y + dy * t };
}

export function arrowFor(layout: DiagramLayout, step: number, from: ActorId, to: ActorId): Arrow {
  const a = center(layout.nodes[from]);
  const b = center(layout.nodes[to]);
  const len = Math.hypot(b.x - a.x, b.y - a.y);
  const ux = (b.x - a.x) / len;
  const uy = (b.y - a.y) / len;
  // Perpendicular, pointing to the left of the direction of travel.
  const px = uy;
  const py = -ux;
  const shift = OFFSET[step] ?? 0;
  const start = exitPoint(
    layout.nodes[from],
    { x: a.x + px * shift, y: a.y + py * shift },
    ux,
    uy,
    4,
  );
  const end = exitPoint(
    layout.nodes[to],
    { x: b.x + px * shift, y: b.y + py * shift },
    -ux,
    -uy,
    8,
  );
  const side = shift === 0 ? (LABEL_SIDE[step] ?? 1) : Math.sign(shift);
  const mid = { x: (start.x + end.x) / 2, y: (start.y + end.y) / 2 };
  const away = layout.showLabels ? layout.labelSize * 0.9 : layout.labelSize * 0.9;
  const baseline = layout.labelSize / 3;
  const nx = px * side;
  const ny = py * side;
  const anchor = nx > 0.35 ? 'start' : nx < -0.35 ? 'end' : 'middle';
  const line = layout.labelSize * 1.25 * (ny >= 0 ? 1 : -1);
  return {
    x1: start.x,
    y1: start.y,
    x2: end.x,
    y2: end.y,
    labelX: mid.x + nx * away,
    labelY: mid.y + ny * away + baseline,
    anchor,
    errorX: mid.x + nx * away,
    errorY: mid.y + ny * away + baseline + line,
  };
}
