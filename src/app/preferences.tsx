import { MotionConfig } from 'motion/react';
import { createContext, useContext, useEffect, type ReactNode } from 'react';
import { usePreference } from '../lib/use-preference';

/** Each null until the page is hydrated (see usePreference). */
interface Preferences {
  dark: boolean | null;
  setDark: (value: boolean) => void;
  reduceMotion: boolean | null;
  setReduceMotion: (value: boolean) => void;
}

const PreferencesContext = createContext<Preferences | null>(null);

/** Theme and motion follow the system until the user flips a switch; applied to <html>. */
export function PreferencesProvider({ children }: { children: ReactNode }) {
  const [dark, setDark] = usePreference('irsa.dark-theme', '(prefers-color-scheme: dark)');
  const [reduceMotion, setReduceMotion] = usePreference(
    'irsa.reduce-motion',
    '(prefers-reduced-motion: reduce)',
  );
  useEffect(() => {
    // Not known yet: the boot script's classes stand.
    if (dark !== null) document.documentElement.classList.toggle('dark', dark);
    if (reduceMotion !== null)
      document.documentElement.classList.toggle('reduce-motion', reduceMotion);
  }, [dark, reduceMotion]);
  return (
    <PreferencesContext.Provider value={{ dark, setDark, reduceMotion, setReduceMotion }}>
      <MotionConfig reducedMotion={reduceMotion ? 'always' : 'never'}>{children}</MotionConfig>
    </PreferencesContext.Provider>
  );
}

export function usePreferences(): Preferences {
  const value = useContext(PreferencesContext);
  if (!value) throw new Error('usePreferences outside PreferencesProvider');
  return value;
}
