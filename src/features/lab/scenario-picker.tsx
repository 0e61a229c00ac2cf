import { catalogueOf } from '../../machine';
import { IrsaActor } from '../irsa-actor';

/**
 * The catalogue picker: `custom` while the user has edited the world by hand, and says so when
 * the edit is invalid and the run waits on it (no catalogue scenario is claimed then).
 */
export function ScenarioPicker({
  value,
  onChange,
}: {
  value: string;
  onChange: (id: string) => void;
}) {
  const waiting = IrsaActor.useSelector((s) => s.hasTag('waiting'));
  const groups = IrsaActor.useSelector((s) => catalogueOf(s.context.flow.id).groups);
  const custom = waiting ? 'Custom (edited, invalid)' : 'Custom (edited)';
  return (
    <label className="flex min-w-0 items-center gap-2 text-sm font-semibold max-sm:w-full">
      Scenario
      <select
        value={waiting ? 'custom' : value}
        onChange={(e) => onChange(e.target.value)}
        className="min-w-0 max-w-full rounded-md border max-sm:flex-1 sm:w-[14rem] 2xl:w-[24rem] border-slate-400 bg-white px-2 py-1.5 text-sm dark:border-slate-500 dark:bg-slate-900"
      >
        {(value === 'custom' || waiting) && <option value="custom">{custom}</option>}
        {groups.map((group) => (
          <optgroup key={group.id} label={group.label}>
            {group.entries.map((e) => (
              <option key={e.id} value={e.id}>
                {e.title}
                {e.historical ? ` (historical: ${e.historical})` : ''}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </label>
  );
}
