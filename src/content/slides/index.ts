/**
 * The deck, in order: a title, Setup, IRSA's six steps, three failures, IRSA beside EKS Pod
 * Identity, a summary. Slides are numbered from 1 in the URL (`#/present?slide=N`).
 */
import { CLOSING } from './closing';
import { EXCHANGE } from './exchange';
import { FAILURES } from './failures';
import { OPENING } from './opening';
import type { Slide } from './types';

export const DECK: readonly Slide[] = [...OPENING, ...EXCHANGE, ...FAILURES, ...CLOSING];

export type { Slide, SlideArtifact, SlideKind, SlideRun, SpeakerNotes } from './types';
