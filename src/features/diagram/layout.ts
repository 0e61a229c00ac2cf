/**
 * The diagram's geometry as pure functions. It is a sequence diagram, the grammar of RFCs and
 * AWS docs: one lane per actor (boxes on top, lifelines down), one row per step with time flowing
 * down, and below the rows a band where the actor doing the current step shows its checks.
 * Every position depends only on the layout, the lanes and the step, so the diagram's box never
 * moves between steps, and rows, boxes and the check band never share space.
 */
import type { ActorId } from '../../machine';

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface DiagramLayout {
  name: 'wide' | 'narrow' | 'stage';
  width: number;
  height: number;
  /** Band above the boxes for the "inside AWS" bracket of the real mechanics. */
  groupBand: number;
  boxHeight: number;
  /** Gap between neighbouring boxes. */
  boxGap: number;
  /** Centre of step 1's row, and the distance between rows. */
  firstRow: number;
  rowPitch: number;
  /** Top of the band where the current step's checks are shown. */
  workTop: number;
  font: { name: number; detail: number; chip: number; workTitle: number; workItem: number };
  chipHeight: number;
  /** Narrow layouts put the icon above the name and leave the detail line out. */
  compact: boolean;
}

// Rows: a chip sits just above its line; a fetch's bare request runs above the chip.
export const WIDE: DiagramLayout = {
  name: 'wide',
  width: 1000,
  height: 622,
  groupBand: 30,
  boxHeight: 80,
  boxGap: 16,
  firstRow: 154,
  rowPitch: 52,
  workTop: 432,
  font: { name: 30, detail: 20, chip: 22, workTitle: 21, workItem: 20 },
  chipHeight: 32,
  compact: false,
};

/**
 * The presenter's deck: the same figure with type large enough for the back of a room (a slide
 * shows it about 700 px wide at 720p, so 26 units are about 18 px), rows and the check band spaced
 * for it, and no detail line under the actors' names.
 */
export const STAGE: DiagramLayout = {
  name: 'stage',
  width: 1000,
  height: 700,
  groupBand: 30,
  boxHeight: 64,
  boxGap: 16,
  firstRow: 160,
  rowPitch: 62,
  workTop: 492,
  font: { name: 34, detail: 0, chip: 28, workTitle: 28, workItem: 28 },
  chipHeight: 40,
  compact: false,
};

export const NARROW: DiagramLayout = {
  name: 'narrow',
  width: 400,
  height: 540,
  groupBand: 22,
  boxHeight: 58,
  boxGap: 6,
  firstRow: 118,
  rowPitch: 43,
  workTop: 346,
  font: { name: 16, detail: 0, chip: 16, workTitle: 16, workItem: 16 },
  chipHeight: 25,
  compact: true,
};

/** Measures a text's width in viewBox units (the view passes the browser's own measure). */
export type Measure = (text: string, size: number, bold: boolean) => number;

/** A rough measure for tests and the first paint: average glyph widths of a sans-serif face. */
export const estimate: Measure = (text, size, bold) => text.length * size * (bold ? 0.62 : 0.56);

export function laneX(layout: DiagramLayout, lanes: ActorId[], actor: ActorId): number {
  const pitch = layout.width / lanes.length;
  return pitch * (Math.max(0, lanes.indexOf(actor)) + 0.5);
}

export function actorBox(layout: DiagramLayout, lanes: ActorId[], actor: ActorId): Box {
  const w = layout.width / lanes.length - layout.boxGap;
  return {
    x: laneX(layout, lanes, actor) - w / 2,
    y: layout.groupBand,
    w,
    h: layout.boxHeight,
  };
}

export const rowY = (layout: DiagramLayout, step: number) =>
  layout.firstRow + (step - 1) * layout.rowPitch;

/** Bottom of the lifelines: just above the check band. */
export const lifelineEnd = (layout: DiagramLayout) => layout.workTop - 10;

export interface MessageGeometry {
  /** The line whose words the chip carries, just above it (for a fetch, the answer coming back). */
  from: number;
  to: number;
  y: number;
  /** The bare request of a fetch, drawn above the answer. */
  request: { from: number; to: number; y: number } | null;
  /** Where the chip starts and where it rests, beside its receiver; same y. */
  chipStart: number;
  chipRest: number;
  chipWidth: number;
  chipY: number;
}

/** Gap between a chip's leading edge and the receiver's lifeline. */
const CHIP_GAP = 8;

/**
 * A step's arrow and its chip. The chip's leading edge leaves the sender's lifeline and stops
 * just short of the receiver's, so it always travels forward and rests beside the receiver.
 */
export function messageGeometry(
  layout: DiagramLayout,
  lanes: ActorId[],
  step: number,
  sender: ActorId,
  receiver: ActorId,
  roundTrip: boolean,
  chipWidth: number,
): MessageGeometry {
  const y = rowY(layout, step);
  const a = laneX(layout, lanes, sender);
  const b = laneX(layout, lanes, receiver);
  // A fetch: the bare request goes a → b above the chip, the chip comes back b → a on the answer.
  const [from, to] = roundTrip ? [b, a] : [a, b];
  const lineY = y;
  const chipY = y - 4 - layout.chipHeight;
  const direction = Math.sign(to - from) || 1;
  const leadingAt = (edge: number) => (direction > 0 ? edge - chipWidth : edge);
  const clamp = (x: number) => Math.min(Math.max(x, 2), layout.width - 2 - chipWidth);
  const rest = clamp(leadingAt(to - direction * CHIP_GAP));
  return {
    from,
    to,
    y: lineY,
    request: roundTrip ? { from: a, to: b, y: chipY - 7 } : null,
    // The chip always travels the distance between the lanes, so a wide chip near the edge of
    // the figure may start partly outside it (and slide in); at rest it is wholly inside.
    chipStart: rest - direction * (Math.abs(to - from) - 2 * CHIP_GAP),
    chipRest: rest,
    chipWidth,
    chipY,
  };
}

export interface WorkGeometry {
  box: Box;
  title: { x: number; y: number };
  items: { x: number; y: number; w: number }[];
  failure: { x: number; y: number } | null;
}

/**
 * The check panel under the working actor's lane: a title, the checks as wrapped chips, and the
 * failure line. Centred on the lane, kept inside the figure.
 */
export function workGeometry(
  layout: DiagramLayout,
  lanes: ActorId[],
  actor: ActorId,
  title: string,
  labels: string[],
  failure: string | null,
  measure: Measure,
): WorkGeometry {
  const { workItem, workTitle } = layout.font;
  const pad = layout.compact ? 8 : 12;
  const maxWidth = layout.compact ? layout.width - 4 : layout.width * 0.8;
  const itemH = workItem * 1.55;
  const widths = labels.map((l) => measure(`✓ ${l}`, workItem, false) + workItem * 0.9);
  const inner = Math.min(
    maxWidth - 2 * pad,
    Math.max(
      measure(title, workTitle, true),
      failure ? measure(failure, workTitle, true) : 0,
      widths.reduce((sum, w) => sum + w + 6, 0) - 6,
    ),
  );
  // Wrap the chips into lines no wider than the panel.
  const items: WorkGeometry['items'] = [];
  let x = 0;
  let line = 0;
  for (const w of widths) {
    if (x > 0 && x + w > inner) {
      x = 0;
      line++;
    }
    items.push({ x, y: line, w });
    x += w + 6;
  }
  const lines = labels.length ? line + 1 : 0;
  const titleH = workTitle * 1.5;
  const h = pad * 2 + titleH + lines * (itemH + 6) + (failure ? workTitle * 1.5 : 0);
  const w = inner + 2 * pad;
  const centre = laneX(layout, lanes, actor);
  const box = {
    x: Math.min(Math.max(centre - w / 2, 2), layout.width - 2 - w),
    y: layout.workTop,
    w,
    h,
  };
  const top = box.y + pad + titleH;
  return {
    box,
    title: { x: box.x + pad, y: box.y + pad + workTitle },
    items: items.map((i) => ({ x: box.x + pad + i.x, y: top + i.y * (itemH + 6), w: i.w })),
    failure: failure ? { x: box.x + pad, y: top + lines * (itemH + 6) + workTitle * 1.1 } : null,
  };
}
