import { EvidenceLabel } from '../../components/evidence-label';
import { EVIDENCE_NOTE } from '../../machine';
import type { TokenReport } from '../../machine/lab';

const TONE = {
  accepted:
    'border-green-700 bg-green-50 text-green-950 dark:border-green-400 dark:bg-green-950 dark:text-green-50',
  rejected:
    'border-red-700 bg-red-50 text-red-950 dark:border-red-400 dark:bg-red-950 dark:text-red-50',
  unknown:
    'border-dashed border-slate-600 bg-slate-50 text-slate-950 dark:border-slate-300 dark:bg-slate-900 dark:text-slate-50',
};

/**
 * What STS would answer, in words as well as colour: accepted (with what it still depends on),
 * rejected (with AWS's code and message), or no verdict while the signature is unchecked.
 */
export function VerdictBox({ report }: { report: TokenReport }) {
  const { verdict, signatureNotChecked } = report;
  const kind = verdict.ok ? 'accepted' : verdict.error ? 'rejected' : 'unknown';
  return (
    <div
      data-verdict={verdict.ok ? 'ok' : verdict.error ? verdict.error.awsCode : 'not-checked'}
      className={`space-y-2 rounded-md border-2 p-3 ${TONE[kind]}`}
    >
      {verdict.ok ? (
        <>
          <p className="font-bold">✓ Accepted, provided:</p>
          <ul className="list-disc pl-5 text-sm">
            {verdict.provided.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </>
      ) : verdict.error ? (
        <>
          <p className="font-bold wrap-anywhere">
            ✕ Rejected: {verdict.error.awsCode}{' '}
            <span className="whitespace-nowrap">(HTTP {verdict.error.httpStatus})</span>
          </p>
          <p className="font-mono text-sm wrap-anywhere">{verdict.error.message}</p>
          <EvidenceLabel
            note={EVIDENCE_NOTE[verdict.error.evidence]}
            source={verdict.error.source}
          />
        </>
      ) : (
        <p className="font-bold">○ No verdict: the signature was not checked</p>
      )}
      {signatureNotChecked && (
        <p data-signature-not-checked className="text-sm wrap-anywhere">
          {signatureNotChecked}
        </p>
      )}
    </div>
  );
}
