import { formatFragment, formatPage, type FlowId } from '../lib/url-state';
import { IrsaActor } from '../features/irsa-actor';

const FLOWS: { id: FlowId; label: string }[] = [
  { id: 'irsa', label: 'IRSA' },
  { id: 'pod-identity', label: 'Pod Identity' },
];
/** The third choice is a page, not a flow: both walks side by side. */
const COMPARE = 'compare';

/**
 * Which exchange the page walks, or both side by side. A flow is its own machine, so choosing one
 * goes through the URL (`#flow=pod-identity`, `#/compare`): the root starts that walk afresh, and
 * Back returns to the one before.
 */
export function FlowSwitch({ seed }: { seed: string | null }) {
  const flow = IrsaActor.useSelector((s) => s.context.flow.id);
  return (
    <label className="flex items-center gap-2 text-sm font-semibold">
      {/* The name stays for screen readers; on mid-size screens the choices say it themselves. */}
      <span className="max-2xl:sm:sr-only">Flow</span>
      <select
        value={flow}
        onChange={(e) => {
          const next = e.target.value;
          window.location.hash =
            next === COMPARE
              ? formatPage('compare', seed)
              : formatFragment({
                  flow: next as FlowId,
                  step: 0,
                  seed,
                  scenario: null,
                  fix: false,
                });
        }}
        className="rounded-md border border-slate-400 bg-white px-2 py-1.5 text-sm dark:border-slate-500 dark:bg-slate-900"
      >
        {FLOWS.map((f) => (
          <option key={f.id} value={f.id}>
            {f.label}
          </option>
        ))}
        <option value={COMPARE}>Compare both</option>
      </select>
    </label>
  );
}
