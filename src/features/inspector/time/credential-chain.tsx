import { useId } from 'react';
import type { ChainLinkView } from '../../../machine/credential-chain-view';

const STATES: Record<ChainLinkView['state'], { mark: string; word: string; item: string }> = {
  answered: {
    mark: '✓',
    word: 'answered',
    item: 'border-green-700 bg-green-50 dark:border-green-400 dark:bg-green-950/60',
  },
  'nothing-found': {
    mark: '✕',
    word: 'nothing found',
    item: 'border-slate-500 dark:border-slate-400',
  },
  'not-reached': {
    mark: '○',
    word: 'not reached',
    item: 'border-dashed border-slate-400 text-slate-700 dark:border-slate-500 dark:text-slate-300',
  },
};

/**
 * The SDK's default credential chain in botocore's order: the first provider that finds
 * credentials answers; the ones before it say why they had none; the ones after are never asked.
 */
export function CredentialChain({ chain }: { chain: ChainLinkView[] }) {
  const headingId = useId();
  const winner = chain.find((l) => l.state === 'answered');
  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId} className="text-sm font-bold">
        Where the SDK found credentials
      </h3>
      <p className="text-sm text-slate-700 dark:text-slate-300">
        Its default chain, in botocore&rsquo;s order: the first provider with credentials answers
        {winner ? ` (here: ${winner.provider.replace(/ \(.*\)$/, '')})` : ''}.
      </p>
      <ol aria-labelledby={headingId} className="mt-1 space-y-1.5">
        {chain.map((link, i) => {
          const state = STATES[link.state];
          return (
            <li
              key={link.provider}
              data-link-state={link.state}
              className={`rounded-md border-l-4 py-1 pl-2 text-sm ${state.item}`}
            >
              <span className="font-semibold wrap-anywhere">
                {i + 1}. {link.provider}
              </span>{' '}
              <span className="font-bold whitespace-nowrap">
                <span aria-hidden="true">{state.mark} </span>
                {state.word}
              </span>
              <span className="block wrap-anywhere">{link.detail}</span>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
