import type { SpeakerNotes as Notes } from '../../machine/deck';

/** The current slide's notes, for the speaker's eyes: the points to make, then what people ask. */
export function SpeakerNotes({ notes }: { notes: Notes }) {
  return (
    <section aria-labelledby="speaker-notes" className="flex flex-col gap-4">
      <h2 id="speaker-notes" className="sr-only">
        Speaker notes
      </h2>
      <div>
        <h3 className="text-lg font-bold">Points to make</h3>
        {notes.points.length ? (
          <ul className="mt-2 list-disc space-y-2 pl-6 text-lg leading-snug min-[1600px]:text-xl">
            {notes.points.map((point) => (
              <li key={point}>{point}</li>
            ))}
          </ul>
        ) : (
          <p className="mt-2 text-lg">None for this slide.</p>
        )}
      </div>
      <div>
        <h3 className="text-lg font-bold">Questions people ask</h3>
        {notes.questions.length ? (
          <dl className="mt-2 space-y-3 text-lg leading-snug min-[1600px]:text-xl">
            {notes.questions.map(({ question, answer }) => (
              <div key={question}>
                <dt className="font-semibold">Q: {question}</dt>
                <dd className="mt-1 text-slate-800 dark:text-slate-200">A: {answer}</dd>
              </div>
            ))}
          </dl>
        ) : (
          <p className="mt-2 text-lg">None for this slide.</p>
        )}
      </div>
    </section>
  );
}
