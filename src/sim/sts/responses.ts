/** STS's wire answers: the XML envelopes of the Query protocol (API version 2011-06-15). */
import { httpDate, httpResponse, utf8Length, xmlEscape, type HttpResponse } from '../http';
import type { SimError } from '../result';

export const STS_XMLNS = 'https://sts.amazonaws.com/doc/2011-06-15/';

/** Response headers STS sends with an XML body. */
export function stsResponse(
  status: number,
  body: string,
  requestId: string,
  date: Date,
): HttpResponse {
  return httpResponse(
    status,
    [
      ['x-amzn-RequestId', requestId],
      ['Content-Type', 'text/xml'],
      ['Content-Length', String(utf8Length(body))],
      ['Date', httpDate(date)],
    ],
    body,
  );
}

/** `<ErrorResponse>` with `Type` Sender, as STS answers a rejected AssumeRoleWithWebIdentity. */
export function stsErrorResponse(error: SimError, requestId: string, date: Date): HttpResponse {
  const body = [
    `<ErrorResponse xmlns="${STS_XMLNS}">`,
    '  <Error>',
    '    <Type>Sender</Type>',
    `    <Code>${xmlEscape(error.awsCode)}</Code>`,
    `    <Message>${xmlEscape(error.message)}</Message>`,
    '  </Error>',
    `  <RequestId>${requestId}</RequestId>`,
    '</ErrorResponse>',
    '',
  ].join('\n');
  return stsResponse(error.httpStatus, body, requestId, date);
}

/** Read one element's text out of an XML body (the SDK side parses STS's answer). */
export function xmlElementText(xml: string, element: string): string | null {
  const match = new RegExp(`<${element}>([^<]*)</${element}>`).exec(xml);
  if (!match || match[1] === undefined) return null;
  return match[1]
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}
