import { describe, expect, it } from 'vitest';
import type { ActorId } from '../../machine';
import {
  actorBox,
  estimate,
  laneX,
  lifelineEnd,
  messageGeometry,
  NARROW,
  rowY,
  WIDE,
  workGeometry,
} from './layout';

const FIVE: ActorId[] = ['pod', 'sts', 'iam', 'oidc', 's3'];
const SIX: ActorId[] = ['pod', 'imds', 'sts', 'iam', 'oidc', 's3'];

describe.each([WIDE, NARROW])('the $name layout', (layout) => {
  it.each([FIVE, SIX])('keeps boxes, rows and the check band apart (%j)', (...lanes) => {
    const boxBottom = actorBox(layout, lanes, 'pod').y + layout.boxHeight;
    for (let step = 1; step <= 6; step++) {
      const g = messageGeometry(layout, lanes, step, 'iam', 'oidc', true, 150);
      expect(g.request!.y).toBeGreaterThan(boxBottom);
      expect(g.chipY).toBeGreaterThan(boxBottom);
      // A row's highest line stays below the line of the row before it.
      if (step > 1) expect(g.request!.y).toBeGreaterThan(rowY(layout, step - 1) + 4);
    }
    expect(rowY(layout, 6)).toBeLessThan(lifelineEnd(layout));
    expect(lifelineEnd(layout)).toBeLessThan(layout.workTop);
  });

  it('moves every chip forward and rests it beside its receiver, inside the figure', () => {
    for (const [from, to] of [
      ['pod', 'sts'],
      ['iam', 'sts'],
      ['pod', 's3'],
      ['sts', 'pod'],
    ] as const) {
      const g = messageGeometry(layout, FIVE, 1, from, to, false, 120);
      const direction = Math.sign(laneX(layout, FIVE, to) - laneX(layout, FIVE, from));
      expect(Math.sign(g.chipRest - g.chipStart)).toBe(direction);
      const leading = direction > 0 ? g.chipRest + g.chipWidth : g.chipRest;
      const atEdge = g.chipRest <= 2 || g.chipRest + g.chipWidth >= layout.width - 2;
      if (!atEdge) expect(Math.abs(leading - laneX(layout, FIVE, to))).toBeLessThanOrEqual(8);
      expect(g.chipRest).toBeGreaterThanOrEqual(0);
      expect(g.chipRest + g.chipWidth).toBeLessThanOrEqual(layout.width);
    }
  });

  it('fits the longest check panel inside the figure, under the working lane', () => {
    const labels = [
      'access key',
      'session token',
      'not expired',
      'signature',
      'S1 Action',
      'S1 Resource',
      'S2 Action',
      'S2 Resource',
      'decision',
    ];
    for (const actor of FIVE) {
      const g = workGeometry(
        layout,
        FIVE,
        actor,
        'S3 checks the signature and the policy',
        labels,
        '✕ AccessDenied at decision',
        estimate,
      );
      expect(g.box.x).toBeGreaterThanOrEqual(0);
      expect(g.box.x + g.box.w).toBeLessThanOrEqual(layout.width);
      expect(g.box.y + g.box.h).toBeLessThanOrEqual(layout.height);
      for (const item of g.items) expect(item.x + item.w).toBeLessThanOrEqual(g.box.x + g.box.w);
    }
  });
});
