import type { Verdict } from '../../../machine/time-moment';

/**
 * How each verdict looks: a mark and a word as well as a colour, so nothing rests on colour
 * alone. Text colours are -800 on white and -200/-300 on slate-950: at least 4.5:1 in both themes.
 */
export const VERDICT_STYLE: Record<Verdict, { mark: string; word: string; box: string }> = {
  good: {
    mark: '✓',
    word: 'text-green-800 dark:text-green-300',
    box: 'border-green-700 dark:border-green-400',
  },
  caution: {
    mark: '!',
    word: 'text-amber-800 dark:text-amber-300',
    box: 'border-amber-600 bg-amber-50 dark:border-amber-400 dark:bg-amber-950/60',
  },
  bad: {
    mark: '✕',
    word: 'text-red-800 dark:text-red-300',
    box: 'border-red-700 bg-red-50 dark:border-red-400 dark:bg-red-950/60',
  },
  neutral: {
    mark: '•',
    word: 'text-slate-700 dark:text-slate-300',
    box: 'border-slate-400 dark:border-slate-500',
  },
};
