/**
 * The explore page's views that other pages show too: the comparison shows each walk with the
 * status, timeline and diagram; the deck and the handout show the diagram. The app hands them
 * over because one feature may not import another's folder. Loaded with those pages only.
 */
import { ActorDiagram } from '../features/diagram/actor-diagram';
import { StatusLine } from '../features/walkthrough/status-line';
import { StepTimeline } from '../features/walkthrough/step-timeline';

export const COMPARE_VIEWS = { Status: StatusLine, Timeline: StepTimeline, Diagram: ActorDiagram };
export const DECK_VIEWS = { Diagram: ActorDiagram };
