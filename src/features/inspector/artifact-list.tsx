import { CodeBlock } from '../../components/code-block';
import { selectArtifacts } from '../../machine';
import { IrsaActor } from '../irsa-actor';

/** The step's artifacts as exact, copyable text. */
export function ArtifactList() {
  const artifacts = IrsaActor.useSelector(selectArtifacts);
  return (
    <section aria-labelledby="artifacts-title" className="space-y-4">
      <h2 id="artifacts-title" className="text-lg font-bold">
        Artifacts
      </h2>
      {artifacts.map((a) => (
        <CodeBlock key={a.id} id={a.id} title={a.title} text={a.text} />
      ))}
    </section>
  );
}
