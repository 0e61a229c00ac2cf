/** How sure we are of an error's wording, in words for the evidence label under each error. */
import type { MessageEvidence } from '../sim';

export const EVIDENCE_NOTE: Record<MessageEvidence, string> = {
  observed: 'Seen verbatim in a public capture or in the code that writes it.',
  model: 'Wording from the AWS API model; the exact runtime message is unconfirmed.',
  unconfirmed: 'AWS does not document this case; the code and message are our best reading.',
};
