import { useCallback, useEffect, useState } from 'react';

/**
 * A yes/no preference that follows a media query (system setting) until the user chooses,
 * then remembers the choice in localStorage (on this device only; nothing is sent anywhere).
 */
export function usePreference(
  storageKey: string,
  mediaQuery: string,
): [boolean, (value: boolean) => void] {
  const [stored, setStored] = useState<boolean | null>(() => readStored(storageKey));
  const [system, setSystem] = useState(() => window.matchMedia(mediaQuery).matches);

  useEffect(() => {
    const query = window.matchMedia(mediaQuery);
    const onChange = () => setSystem(query.matches);
    query.addEventListener('change', onChange);
    return () => query.removeEventListener('change', onChange);
  }, [mediaQuery]);

  const choose = useCallback(
    (value: boolean) => {
      setStored(value);
      try {
        window.localStorage.setItem(storageKey, String(value));
      } catch {
        // Storage may be disabled (private mode): the choice then lasts for this page only.
      }
    },
    [storageKey],
  );
  return [stored ?? system, choose];
}

function readStored(key: string): boolean | null {
  try {
    const value = window.localStorage.getItem(key);
    return value === 'true' ? true : value === 'false' ? false : null;
  } catch {
    return null;
  }
}
