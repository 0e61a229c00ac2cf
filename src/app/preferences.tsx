import { MotionConfig } from 'motion/react';
import { createContext, useContext, useEffect, useMemo, type ReactNode } from 'react';
import { usePreference } from '../lib/use-preference';

interface Preferences {
  dark: boolean;
  setDark: (value: boolean) => void;
  reduceMotion: boolean;
  setReduceMotion: (value: boolean) => void;
}

const PreferencesContext = createContext<Preferences | null>(null);

/** Theme and motion follow the system until the user flips a switch; applied to <html>. */
export function PreferencesProvider({ children }: { children: ReactNode }) {
  const [knownDark, setDark] = usePreference('irsa.dark-theme', '(prefers-color-scheme: dark)');
  const [knownReduceMotion, setReduceMotion] = usePreference(
    'irsa.reduce-motion',
    '(prefers-reduced-motion: reduce)',
  );
  useEffect(() => {
    // Not known yet (hydrating): the boot script's classes stand.
    const classes = document.documentElement.classList;
    if (knownDark !== null) classes.toggle('dark', knownDark);
    if (knownReduceMotion !== null) classes.toggle('reduce-motion', knownReduceMotion);
  }, [knownDark, knownReduceMotion]);
  // Off until known, and one object while the values stay: this provider sits above the page
  // being hydrated, and a new value would make React hydrate all of it at once, in one long task.
  // What shows a setting before hydration follows <html>'s classes instead (the switches).
  const dark = knownDark ?? false;
  const reduceMotion = knownReduceMotion ?? false;
  const value = useMemo(
    () => ({ dark, setDark, reduceMotion, setReduceMotion }),
    [dark, setDark, reduceMotion, setReduceMotion],
  );
  return (
    <PreferencesContext.Provider value={value}>
      <MotionConfig reducedMotion={reduceMotion ? 'always' : 'never'}>{children}</MotionConfig>
    </PreferencesContext.Provider>
  );
}

export function usePreferences(): Preferences {
  const value = useContext(PreferencesContext);
  if (!value) throw new Error('usePreferences outside PreferencesProvider');
  return value;
}
