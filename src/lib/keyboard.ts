/**
 * Page-wide shortcuts that work wherever focus is, except where the key already means something:
 * typing in a field, a modal dialog, a widget with its own arrow keys, a focused control's
 * activation keys. `focusKind` says where the key press happened (needs the DOM); `pageCommand`
 * decides what the key means there (pure, so it is unit-tested).
 */

/** Where a key press lands, as far as shortcuts care. */
export type FocusKind =
  /** input, textarea, contenteditable: every key is the user's text. */
  | 'typing'
  /** An open modal dialog (e.g. the shortcuts list): keys belong to it. */
  | 'dialog'
  /** A widget that uses arrows, Home/End and Page keys itself (menu, listbox, slider, …). */
  | 'widget'
  /** A tab list: ← → move between tabs (WAI-ARIA tabs pattern). */
  | 'tablist'
  /** A closed `<select>`: ↑ ↓ Home End and type-ahead change its value. */
  | 'select'
  /** A button, link, switch or summary: Space and Enter activate it. */
  | 'control'
  /** The page itself, a tab panel, the diagram, …: nothing else claims keys. */
  | 'page';

export type PageCommand =
  | { type: 'next' }
  | { type: 'previous' }
  | { type: 'first' }
  | { type: 'last' }
  | { type: 'digit'; digit: number }
  | { type: 'toggle' }
  | { type: 'help' };

const TYPING = 'input, textarea, [contenteditable=""], [contenteditable="true"]';
// Inputs that are really buttons or boxes: no text is typed into them.
const INPUT_CONTROLS = new Set(['button', 'submit', 'reset', 'checkbox', 'image']);
const WIDGETS =
  '[role="menu"], [role="menubar"], [role="listbox"], [role="slider"], [role="radiogroup"], [role="grid"], [role="tree"], input[type="radio"], input[type="range"]';
const CONTROLS = 'button, a[href], summary, [role="button"], [role="switch"], [role="tab"], input';

export function focusKind(target: EventTarget | null): FocusKind {
  if (!(target instanceof Element)) return 'page';
  if (target.closest('dialog') || target.ownerDocument.querySelector('dialog[open]'))
    return 'dialog';
  if (target.closest(WIDGETS)) return 'widget';
  const typing = target.closest(TYPING);
  if (typing && !(typing instanceof HTMLInputElement && INPUT_CONTROLS.has(typing.type)))
    return 'typing';
  if (target.closest('select')) return 'select';
  if (target.closest('[role="tablist"]')) return 'tablist';
  if (target.closest(CONTROLS)) return 'control';
  return 'page';
}

/**
 * What a key means at a place, or null to leave it to the browser and the focused element.
 * PageDown/PageUp are what presentation clickers send; digits jump.
 */
export function pageCommand(key: string, kind: FocusKind): PageCommand | null {
  if (kind === 'typing' || kind === 'dialog' || kind === 'widget') return null;
  const step: PageCommand | null =
    key === 'PageDown'
      ? { type: 'next' }
      : key === 'PageUp'
        ? { type: 'previous' }
        : key === 'ArrowRight'
          ? { type: 'next' }
          : key === 'ArrowLeft'
            ? { type: 'previous' }
            : null;
  // A closed select keeps ↑ ↓ Home End Space and type-ahead (letters, digits): only ← → and
  // the Page keys step, so a clicker or an arrow never changes the scenario or the speed.
  if (kind === 'select') return step;
  // In a tab list ← → move between tabs; everything else still walks.
  if (kind === 'tablist' && (key === 'ArrowRight' || key === 'ArrowLeft')) return null;
  if (step) return step;
  if (key === 'Home') return { type: 'first' };
  if (key === 'End') return { type: 'last' };
  if (/^[0-9]$/.test(key)) return { type: 'digit', digit: Number(key) };
  if (key === '?') return { type: 'help' };
  // Space and Enter activate a focused button or tab; elsewhere Space plays or pauses.
  if (key === ' ' && kind === 'page') return { type: 'toggle' };
  return null;
}

/** The shortcut a key press asks for, or null (modifier keys held, or already handled). */
export function shortcutFor(event: KeyboardEvent): PageCommand | null {
  if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return null;
  return pageCommand(event.key, focusKind(event.target));
}
