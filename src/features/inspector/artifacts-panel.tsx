import { CodeBlock } from '../../components/code-block';
// Not through the machine's index: the formatting code then loads with this tab, not the page.
import { selectArtifacts } from '../../machine/select-artifacts';
import { IrsaActor } from '../irsa-actor';
import { useEmptyMessage } from './use-empty-message';

/** Every artifact of the step, each as exact text with a copy button: `pre[data-artifact=<id>]`. */
export function ArtifactsPanel() {
  const artifacts = IrsaActor.useSelector(selectArtifacts);
  const empty = useEmptyMessage('No artifacts in this step.');
  if (artifacts.length === 0) return <p>{empty}</p>;
  return (
    <>
      {artifacts.map((a) => (
        <CodeBlock key={a.id} id={a.id} title={a.title} text={a.text} />
      ))}
    </>
  );
}
