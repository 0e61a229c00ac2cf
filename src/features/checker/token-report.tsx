import { Fragment } from 'react';
import { OutcomeList, outcomesOf } from '../../components/outcome-list';
import type { TokenReport } from '../../machine/lab';
import { VerdictBox } from './verdict-box';

/** The decoded token, every check with its values, the trust policy result and STS's answer. */
export function TokenReportView({ report }: { report: TokenReport }) {
  const { decoded, checks, trust, times } = report;
  const now = times.find((t) => t.name === 'now');
  const claimTimes = times.filter((t) => t.name !== 'now');
  return (
    <section aria-labelledby="verdict-title" className="min-w-0 space-y-4">
      <h2 id="verdict-title" className="text-lg font-bold">
        What STS would answer
      </h2>
      <VerdictBox report={report} />
      {decoded && (
        <div className="grid gap-4 md:grid-cols-2">
          {(['header', 'claims'] as const).map((part) => (
            <div key={part} className="min-w-0">
              <h3 className="mb-1 text-sm font-semibold">
                {part === 'header' ? 'Header' : 'Payload'} (decoded)
              </h3>
              <pre
                data-artifact={`decoded-${part}`}
                className="overflow-auto rounded-md border border-slate-300 bg-slate-50 p-2 text-xs whitespace-pre-wrap break-all dark:border-slate-700 dark:bg-slate-900"
              >
                {JSON.stringify(decoded[part], null, 2)}
              </pre>
              {part === 'claims' && claimTimes.length > 0 && (
                <dl data-times className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 text-sm">
                  {claimTimes.map((t) => (
                    <Fragment key={t.name}>
                      <dt className="font-mono font-semibold">{t.name}</dt>
                      <dd data-time={t.name} className="min-w-0 wrap-anywhere">
                        {t.utc}, {t.relative}{' '}
                        <span className="font-mono text-slate-700 dark:text-slate-300">
                          ({t.seconds})
                        </span>
                      </dd>
                    </Fragment>
                  ))}
                </dl>
              )}
            </div>
          ))}
        </div>
      )}
      {checks.length > 0 && (
        <section aria-labelledby="token-checks-title">
          <h3 id="token-checks-title" className="mb-1 text-sm font-semibold">
            Checks
          </h3>
          {now && (
            <p data-time="now" className="mb-2 text-sm">
              Times are compared with now: {now.utc} ({now.seconds}), this computer’s clock.
            </p>
          )}
          <OutcomeList label="Checks" items={outcomesOf(checks)} />
        </section>
      )}
      {trust && (
        <div>
          <h3 className="mb-1 text-sm font-semibold">
            Trust policy, condition by condition: {trust.evaluation.decision}
          </h3>
          <ul className="space-y-1 text-sm wrap-anywhere">
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
