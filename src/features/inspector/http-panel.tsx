import { CodeBlock } from '../../components/code-block';
import { selectArtifacts } from '../../machine';
import { IrsaActor } from '../irsa-actor';

/** The step's raw HTTP, exactly as on the wire. (Blocks carry ids only in "All artifacts".) */
export function HttpPanel() {
  const artifacts = IrsaActor.useSelector(selectArtifacts).filter((a) => a.kind === 'http');
  if (artifacts.length === 0) return <p>No HTTP in this step.</p>;
  return (
    <>
      {artifacts.map((a) => (
        <CodeBlock key={a.id} title={a.title} text={a.text} />
      ))}
    </>
  );
}
