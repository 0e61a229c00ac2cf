import { CATALOGUE } from '../../machine';

const GROUPS = [
  ['works', 'Works'],
  ['breaks', 'Breaks'],
  ['attack', 'Attacks'],
] as const;

/** The catalogue picker: `custom` while the user has edited the world by hand. */
export function ScenarioPicker({
  value,
  onChange,
}: {
  value: string;
  onChange: (id: string) => void;
}) {
  return (
    <label className="flex items-center gap-2 text-sm font-semibold">
      Scenario
      <select
        value={value}
        onChange={(e) => onChange(e.target.value)}
        className="max-w-72 rounded-md border border-slate-400 bg-white px-2 py-1.5 text-sm dark:border-slate-500 dark:bg-slate-900"
      >
        {value === 'custom' && <option value="custom">Custom (edited)</option>}
        {GROUPS.map(([kind, label]) => (
          <optgroup key={kind} label={label}>
            {CATALOGUE.filter((e) => e.kind === kind).map((e) => (
              <option key={e.id} value={e.id}>
                {e.title}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </label>
  );
}
