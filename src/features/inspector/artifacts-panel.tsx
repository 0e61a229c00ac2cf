import { CodeBlock } from '../../components/code-block';
import { selectArtifacts } from '../../machine';
import { IrsaActor } from '../irsa-actor';

/** Every artifact of the step; the canonical place for `pre[data-artifact=<id>]`. */
export function ArtifactsPanel() {
  const artifacts = IrsaActor.useSelector(selectArtifacts);
  if (artifacts.length === 0) return <p>Working…</p>;
  return (
    <>
      {artifacts.map((a) => (
        <CodeBlock key={a.id} id={a.id} title={a.title} text={a.text} />
      ))}
    </>
  );
}
