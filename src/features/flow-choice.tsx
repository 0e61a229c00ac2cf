/**
 * "How the pod gets its role": the IRSA / EKS Pod Identity radio group of the pages that work
 * on the user's own setup (Generate, Diagnose). A native radio group: arrow keys move the choice.
 */
type FlowId = 'irsa' | 'pod-identity';

const FLOWS: { id: FlowId; label: string }[] = [
  { id: 'irsa', label: 'IRSA (IAM roles for service accounts)' },
  { id: 'pod-identity', label: 'EKS Pod Identity' },
];

export function FlowChoice({
  name,
  flow,
  onFlow,
}: {
  /** The radio group's name, unique on the page. */
  name: string;
  flow: FlowId;
  onFlow: (flow: FlowId) => void;
}) {
  return (
    <fieldset className="flex flex-wrap gap-x-4 gap-y-1">
      <legend className="mb-1 text-sm font-semibold">How the pod gets its role</legend>
      {FLOWS.map((f) => (
        <label key={f.id} className="flex items-center gap-2 text-sm">
          <input
            type="radio"
            name={name}
            value={f.id}
            checked={flow === f.id}
            onChange={() => onFlow(f.id)}
          />
          {f.label}
        </label>
      ))}
    </fieldset>
  );
}
