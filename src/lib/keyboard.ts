/**
 * Whether a global shortcut should leave this key press alone: the user is typing in a field,
 * moving inside a widget with its own arrow keys (tabs, menus), or a handler already took it.
 */
export function shouldIgnoreShortcut(event: KeyboardEvent): boolean {
  if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return true;
  const target = event.target;
  if (!(target instanceof Element)) return false;
  if (target.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"]'))
    return true;
  if (target.closest('[role="tablist"], [role="menu"], [role="listbox"], [role="slider"], dialog'))
    return true;
  return false;
}

/** Space and Enter already activate a focused button or link: leave them to it. */
export function isActivationKeyOnControl(event: KeyboardEvent): boolean {
  const target = event.target;
  return (
    (event.key === ' ' || event.key === 'Enter') &&
    target instanceof Element &&
    target.closest('button, a[href], summary, [role="button"], [role="switch"], [role="tab"]') !==
      null
  );
}
