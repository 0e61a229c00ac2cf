import { CodeBlock } from '../../components/code-block';
// Not through the machine's index: the formatting code then loads with this tab, not the page.
import { selectArtifacts } from '../../machine/select-artifacts';
import { IrsaActor } from '../irsa-actor';
import { useEmptyMessage } from './use-empty-message';

/**
 * The step's raw HTTP exactly as on the wire (request, then response). The blocks carry the
 * same `data-artifact` ids as in "All artifacts": the inspector mounts one tab at a time.
 */
export function HttpPanel() {
  const http = IrsaActor.useSelector(selectArtifacts).filter((a) => a.kind === 'http');
  const empty = useEmptyMessage('No HTTP in this step.');
  if (http.length === 0) return <p>{empty}</p>;
  return (
    <>
      {http.map((a) => (
        <CodeBlock key={a.id} id={a.id} title={a.title} text={a.text} />
      ))}
    </>
  );
}
