import { lazy, type ComponentType } from 'react';

/**
 * `React.lazy` that can be loaded ahead of rendering. Once `preload()` has resolved, the
 * component renders at once instead of suspending: the prerendered page can then be hydrated in
 * one pass, with no part left dehydrated while state above it changes.
 */
export function preloadableLazy<P extends object>(
  load: () => Promise<{ default: ComponentType<P> }>,
): ComponentType<P> & { preload: () => Promise<void> } {
  let loaded: { default: ComponentType<P> } | null = null;
  const preload = () =>
    load().then((module) => {
      loaded = module;
    });
  const Component = lazy(() =>
    loaded
      ? // A thenable that answers synchronously: React reads the module without suspending.
        ({
          then: (resolve: (m: { default: ComponentType<P> }) => void) => resolve(loaded!),
        } as unknown as Promise<{ default: ComponentType<P> }>)
      : preload().then(() => loaded!),
  );
  return Object.assign(Component, { preload });
}
