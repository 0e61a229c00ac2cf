import { CodeBlock } from '../../components/code-block';
import type { ArtifactPair, CompareValue } from '../../machine/compare-view';
import { ValueText } from './differences-table';

const FLOWS = [
  ['irsa', 'IRSA'],
  ['podIdentity', 'Pod Identity'],
] as const;

/**
 * The same names (cluster, namespace, ServiceAccount, role) give each flow its own artifacts: the
 * token each pod holds and the answer that brought its credentials, as exact, selectable text.
 */
export function RunArtifacts({ pairs }: { pairs: ArtifactPair[] }) {
  return (
    <div className="space-y-4">
      {pairs.map((pair) => (
        <div key={pair.id} className="grid gap-3 lg:grid-cols-2">
          {FLOWS.map(([key, name]) => (
            <Artifact
              key={key}
              id={`compare-${key === 'irsa' ? 'irsa' : 'pod-identity'}-${pair.id}`}
              title={`${name}: ${pair.label}`}
              value={pair[key]}
            />
          ))}
        </div>
      ))}
    </div>
  );
}

function Artifact({ id, title, value }: { id: string; title: string; value: CompareValue }) {
  if (value.kind === 'value') return <CodeBlock id={id} title={title} text={value.text} />;
  return (
    <section aria-label={title} className="min-w-0">
      <h3 className="mb-1 text-sm font-semibold text-slate-800 dark:text-slate-200">{title}</h3>
      <p className="rounded-md border border-dashed border-slate-400 p-3 text-sm">
        <ValueText value={value} />
      </p>
    </section>
  );
}
