import { useHydrated } from '../lib/use-hydrated';

interface SwitchProps {
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  id?: string;
  /**
   * A class the page's boot script puts on <html> when the setting is on: until the page is
   * hydrated, CSS draws the switch from it (index.css), so it never flips once the page runs.
   */
  follows?: string;
}

/** An on/off switch: a button with role="switch", so it reads as "Label, switch, on". */
export function Switch({ label, checked, onChange, id, follows }: SwitchProps) {
  const hydrated = useHydrated();
  return (
    <button
      id={id}
      type="button"
      role="switch"
      aria-checked={checked}
      data-follows={hydrated ? undefined : follows}
      onClick={() => onChange(!checked)}
      className="inline-flex items-center gap-2 rounded-md px-1 py-1 text-sm font-medium focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-sky-600"
    >
      <span
        aria-hidden="true"
        data-switch-track
        className={`relative inline-block h-6 w-11 shrink-0 rounded-full border-2 ${
          checked
            ? 'border-sky-700 bg-sky-700 dark:border-sky-400 dark:bg-sky-400'
            : 'border-slate-500 bg-slate-200 dark:border-slate-400 dark:bg-slate-700'
        }`}
      >
        <span
          data-switch-knob
          className={`absolute top-0.5 left-0.5 h-4 w-4 rounded-full border border-slate-500 bg-white transition-transform ${checked ? 'translate-x-5' : 'translate-x-0'}`}
        />
      </span>
      {label}
    </button>
  );
}
