/**
 * The SDK's credential chain as the Time tab lists it: every provider in botocore's order, the one
 * that answered, why the ones before it found nothing, and the ones after it not reached.
 */
import type { ChainLink } from '../sim/kubernetes/credential-source';

export interface ChainLinkView {
  provider: string;
  state: 'answered' | 'nothing-found' | 'not-reached';
  detail: string;
}

export function chainOf(links: ChainLink[]): ChainLinkView[] {
  const answered = links.findIndex((l) => l.found);
  return links.map((link, i) =>
    i < answered
      ? { provider: link.provider, state: 'nothing-found', detail: link.detail }
      : i === answered
        ? { provider: link.provider, state: 'answered', detail: link.detail }
        : { provider: link.provider, state: 'not-reached', detail: 'an earlier provider answered' },
  );
}
