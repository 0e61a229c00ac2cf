import { useEffect, useRef, useState } from 'react';
import { Button } from '../../components/button';
import { useDraft } from '../../lib/drafts';
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
 * Longest text a field keeps: five times STS's token limit, far above any JWKS or trust policy.
 * Laying out a megabyte of text takes the browser some 60 ms every time the field is drawn, so of
 * a longer paste the field keeps this much, and says so.
 */
const MAX_FIELD_CHARS = 100_000;
const FIELD_NAMES = { token: 'token', jwks: 'JWKS', trustPolicy: 'trust policy' };

/** What a paste cut to MAX_FIELD_CHARS was, at its field: for the token, as any too-long token. */
function cutMessage(field: keyof TokenCheckInput, text: string): string {
  const length = `The text is ${text.length.toLocaleString('en-US')} characters long`;
  const why =
    field === 'token'
      ? (tokenTextError(text) ?? `${length}.`)
      : `${length}; a ${FIELD_NAMES[field]} is a few kilobytes.`;
  return `${why} Only its first ${MAX_FIELD_CHARS.toLocaleString('en-US')} characters are kept in the field: paste the ${FIELD_NAMES[field]} alone.`;
}

/**
 * "Check a token": paste a real token (and optionally the issuer's JWKS and a trust policy) and
 * see what STS would answer. Everything runs on this page: nothing is stored, sent or put in the URL.
 */
export default function CheckTokenPage() {
  // Memory only (a pasted token is a secret): a remount after an error gives the text back.
  const [input, setInput] = useDraft<TokenCheckInput>('checker.input', EMPTY);
  // A report is shown only for the input it was made from, never for text typed since.
  const [checked, setChecked] = useState<{ input: TokenCheckInput; report: TokenReport } | null>(
    null,
  );
  const report = checked?.input === input ? checked.report : null;
  // Text that is not a token at all is answered in the same frame, before the full check.
  const tokenError = tokenTextError(input.token) ?? report?.fieldErrors.token;
  const latest = useRef(0);
  // A paste too long to keep whole: its message, shown at its field until a field changes.
  const [cut, setCut] = useState<Partial<Record<keyof TokenCheckInput, string>>>({});

  // Checks take a few milliseconds, so every change is checked; only the latest answer counts.
  useEffect(() => {
    if (input.token.trim() === '') return;
    const run = ++latest.current;
    void checkTokenLocally(input).then((r) => {
      if (run === latest.current) setChecked({ input, report: r });
    });
  }, [input]);

  const set = (field: keyof TokenCheckInput) => (value: string) => {
    const tooLong = value.length > MAX_FIELD_CHARS;
    setCut(tooLong ? { [field]: cutMessage(field, value) } : {});
    setInput({ ...input, [field]: tooLong ? value.slice(0, MAX_FIELD_CHARS) : value });
  };
  const replace = (next: TokenCheckInput) => {
    setCut({});
    setInput(next);
  };
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
            replace({
              token: RFC7515_A2_TOKEN,
              jwks: JSON.stringify(RFC7515_A2_JWKS, null, 2),
              trustPolicy: '',
            })
          }
        >
          Try the RFC 7515 example
        </Button>
        <Button onClick={() => replace(EMPTY)}>Clear</Button>
      </div>
      <div className="grid gap-4 lg:grid-cols-3">
        <TextArea
          label="Token"
          wrap={input.token.length > MAX_TOKEN_CHARS ? 'off' : 'soft'}
          value={input.token}
          onChange={set('token')}
          error={cut.token ?? (input.token.trim() === '' ? undefined : tokenError)}
          notice={report?.tokenCleaned ?? null}
          rows={8}
        />
        <TextArea
          label="JWKS"
          optional
          value={input.jwks}
          onChange={set('jwks')}
          error={cut.jwks ?? report?.fieldErrors.jwks}
          rows={8}
          hint="From <issuer>/keys, e.g. curl -s $(aws eks describe-cluster --name <cluster> --query cluster.identity.oidc.issuer --output text)/keys"
        />
        <TextArea
          label="Trust policy"
          optional
          value={input.trustPolicy}
          onChange={set('trustPolicy')}
          error={cut.trustPolicy ?? report?.fieldErrors.trustPolicy}
          rows={8}
          hint="aws iam get-role --role-name <role> --query Role.AssumeRolePolicyDocument"
        />
      </div>
      {report && <TokenReportView report={report} />}
    </div>
  );
}
