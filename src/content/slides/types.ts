/**
 * A slide of the presenter's deck, as data: what it says, and which run of the engine it shows
 * (a flow, a catalogue scenario, a step). The deck replays the engine to that state; nothing on a
 * slide is a picture of a result.
 */

/** What the slide is for; the deck draws each kind its own way. */
export type SlideKind = 'title' | 'setup' | 'step' | 'failure' | 'comparison' | 'summary';

/** The run a slide shows: a flow, a catalogue entry (null = the flow's default), a step. */
export interface SlideRun {
  flow: 'irsa' | 'pod-identity';
  scenario: string | null;
  /** The step the slide is about (0 = Setup). A step slide plays it; a failure slide fails there. */
  step: number;
}

/**
 * One artifact of the run, large: its id in the inspector's artifacts (`sts-request`,
 * `trust-policy`, …) and, for long ones, the lines worth reading from the back of the room (a
 * line is kept when it contains one of these strings; the rest is shown as "…").
 */
export interface SlideArtifact {
  id: string;
  keep?: string[];
}

/** For the speaker's eyes only: the points to make, and what people ask at this slide. */
export interface SpeakerNotes {
  points: string[];
  questions: { question: string; answer: string }[];
}

export interface Slide {
  /** Stable, for links in notes and tests: `step-3`, `failure-wrong-audience`. */
  id: string;
  kind: SlideKind;
  title: string;
  /** One sentence, said on the slide under the title. */
  narration: string;
  run?: SlideRun;
  artifact?: SlideArtifact;
  /** Short lines for the title and summary slides. */
  bullets?: string[];
  notes: SpeakerNotes;
}
