import { OutcomeList } from '../../components/outcome-list';
import type { TokenReport } from '../../machine/lab';

/** The decoded token, every check with its values, the trust policy result and STS's answer. */
export function TokenReportView({ report }: { report: TokenReport }) {
  const { verdict, decoded, checks, trust } = report;
  return (
    <section aria-labelledby="verdict-title" className="space-y-4">
      <h2 id="verdict-title" className="text-lg font-bold">
        What STS would answer
      </h2>
      <p
        data-verdict={verdict.ok ? 'ok' : verdict.error.awsCode}
        className={`rounded-md p-3 font-semibold ${verdict.ok ? 'bg-green-50 text-green-900 dark:bg-green-950 dark:text-green-100' : 'bg-red-50 text-red-900 dark:bg-red-950 dark:text-red-100'}`}
      >
        {verdict.ok
          ? 'Accepted, provided the role’s account has an IAM OIDC provider for this issuer with sts.amazonaws.com as a client ID.'
          : `HTTP ${verdict.error.httpStatus} ${verdict.error.awsCode}: ${verdict.error.message}`}
      </p>
      {decoded && (
        <div className="grid gap-4 md:grid-cols-2">
          {(['header', 'claims'] as const).map((part) => (
            <div key={part}>
              <h3 className="mb-1 text-sm font-semibold">
                {part === 'header' ? 'Header' : 'Payload'} (decoded)
              </h3>
              <pre
                data-artifact={`decoded-${part}`}
                className="overflow-auto rounded-md border border-slate-300 bg-slate-50 p-2 text-xs whitespace-pre-wrap break-all dark:border-slate-700 dark:bg-slate-900"
              >
                {JSON.stringify(decoded[part], null, 2)}
              </pre>
            </div>
          ))}
        </div>
      )}
      {checks.length > 0 && (
        <section aria-labelledby="token-checks-title">
          <h3 id="token-checks-title" className="mb-1 text-sm font-semibold">
            Checks
          </h3>
          <OutcomeList
            label="Checks"
            items={checks.map((c) => ({
              key: c.id,
              checkId: c.id,
              passed: c.passed,
              title: c.label,
              expected: c.expected,
              actual: c.actual,
              note: c.note,
            }))}
          />
        </section>
      )}
      {trust && (
        <div>
          <h3 className="mb-1 text-sm font-semibold">
            Trust policy, condition by condition: {trust.evaluation.decision}
          </h3>
          <ul className="space-y-1 text-sm">
            {trust.evaluation.statements.flatMap((s) =>
              s.conditions.map((c, i) => (
                <li key={`${s.index}-${i}`}>
                  {c.passed ? '✓' : '✕'}{' '}
                  <code className="font-mono">
                    {c.operator} {c.key}
                  </code>
                  : expected {c.expected.join(' or ')}, actual{' '}
                  {c.actual === null ? '(absent)' : c.actual.join(', ')}. {c.explanation}
                </li>
              )),
            )}
            {trust.findings.map((f) => (
              <li
                key={f.message}
                className="rounded-md bg-amber-50 p-2 text-amber-950 dark:bg-amber-950 dark:text-amber-100"
              >
                {f.message}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
