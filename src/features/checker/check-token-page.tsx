import { useEffect, useRef, useState } from 'react';
import { Button } from '../../components/button';
import {
  checkTokenLocally,
  tokenTextError,
  RFC7515_A2_JWKS,
  RFC7515_A2_TOKEN,
  type TokenCheckInput,
  type TokenReport,
} from '../../machine/lab';
import { TextArea } from './text-area';
import { TokenReportView } from './token-report';

const EMPTY: TokenCheckInput = { token: '', jwks: '', trustPolicy: '' };
/** STS's limit; longer text is not wrapped in the field (wrapping a megabyte takes the browser long). */
const MAX_TOKEN_CHARS = 20000;

/**
 * "Check a token": paste a real token (and optionally the issuer's JWKS and a trust policy) and
 * see what STS would answer. Everything runs on this page: nothing is stored, sent or put in the URL.
 */
export default function CheckTokenPage() {
  const [input, setInput] = useState<TokenCheckInput>(EMPTY);
  // A report is shown only for the input it was made from, never for text typed since.
  const [checked, setChecked] = useState<{ input: TokenCheckInput; report: TokenReport } | null>(
    null,
  );
  const report = checked?.input === input ? checked.report : null;
  // Text that is not a token at all is answered in the same frame, before the full check.
  const tokenError = tokenTextError(input.token) ?? report?.fieldErrors.token;
  const latest = useRef(0);

  // Checks take a few milliseconds, so every change is checked; only the latest answer counts.
  useEffect(() => {
    if (input.token.trim() === '') return;
    const run = ++latest.current;
    void checkTokenLocally(input).then((r) => {
      if (run === latest.current) setChecked({ input, report: r });
    });
  }, [input]);

  const set = (field: keyof TokenCheckInput) => (value: string) =>
    setInput({ ...input, [field]: value });
  return (
    <div className="mx-auto max-w-5xl space-y-4 p-4">
      <h1 className="text-2xl font-bold">Check a token</h1>
      <p className="text-sm">
        Paste a projected service-account token (for example from{' '}
        <code className="font-mono wrap-anywhere">
          /var/run/secrets/eks.amazonaws.com/serviceaccount/token
        </code>
        ). It is decoded and checked in this browser only: nothing is stored, sent anywhere or put
        in the URL.
      </p>
      <div className="flex flex-wrap gap-2">
        <Button
          onClick={() =>
            setInput({
              token: RFC7515_A2_TOKEN,
              jwks: JSON.stringify(RFC7515_A2_JWKS, null, 2),
              trustPolicy: '',
            })
          }
        >
          Try the RFC 7515 example
        </Button>
        <Button onClick={() => setInput(EMPTY)}>Clear</Button>
      </div>
      <div className="grid gap-4 lg:grid-cols-3">
        <TextArea
          label="Token"
          wrap={input.token.length > MAX_TOKEN_CHARS ? 'off' : 'soft'}
          value={input.token}
          onChange={set('token')}
          error={input.token.trim() === '' ? undefined : tokenError}
          notice={report?.tokenCleaned ?? null}
          rows={8}
        />
        <TextArea
          label="JWKS"
          optional
          value={input.jwks}
          onChange={set('jwks')}
          error={report?.fieldErrors.jwks}
          rows={8}
          hint="From <issuer>/keys, e.g. curl -s $(aws eks describe-cluster --name <cluster> --query cluster.identity.oidc.issuer --output text)/keys"
        />
        <TextArea
          label="Trust policy"
          optional
          value={input.trustPolicy}
          onChange={set('trustPolicy')}
          error={report?.fieldErrors.trustPolicy}
          rows={8}
          hint="aws iam get-role --role-name <role> --query Role.AssumeRolePolicyDocument"
        />
      </div>
      {report && <TokenReportView report={report} />}
    </div>
  );
}
