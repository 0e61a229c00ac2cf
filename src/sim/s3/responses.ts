/** S3's wire answers for ListBuckets: ListAllMyBucketsResult or the REST error envelope. */
import { httpDate, httpResponse, utf8Length, xmlEscape, type HttpResponse } from '../http';
import type { IdSource } from '../ids';
import type { SimError } from '../result';

const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>';

function s3Response(status: number, body: string, ids: IdSource, date: Date): HttpResponse {
  return httpResponse(
    status,
    [
      ['x-amz-id-2', btoaBytes(ids.bytes(54))],
      ['x-amz-request-id', ids.hex(16).toUpperCase()],
      ['Date', httpDate(date)],
      ['Content-Type', 'application/xml'],
      ['Content-Length', String(utf8Length(body))],
      ['Server', 'AmazonS3'],
    ],
    body,
  );
}

/** `ListAllMyBucketsResult` with the S3 namespace, compact as S3 sends it. */
export function listAllMyBucketsResponse(
  ownerId: string,
  buckets: { Name: string; CreationDate: string }[],
  ids: IdSource,
  date: Date,
): HttpResponse {
  const items = buckets
    .map(
      (b) =>
        `<Bucket><Name>${xmlEscape(b.Name)}</Name><CreationDate>${b.CreationDate}</CreationDate></Bucket>`,
    )
    .join('');
  const body = `${XML_DECLARATION}\n<ListAllMyBucketsResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><Owner><ID>${ownerId}</ID></Owner><Buckets>${items}</Buckets></ListAllMyBucketsResult>`;
  return s3Response(200, body, ids, date);
}

/**
 * `<Error>` with Code, Message, then the fields S3 adds for this code (AWSAccessKeyId,
 * StringToSign, Token-0, …), then RequestId and HostId.
 */
export function s3ErrorResponse(
  error: SimError,
  ids: IdSource,
  date: Date,
  details: [string, string][] = [],
): HttpResponse {
  const response = s3Response(error.httpStatus, '', ids, date);
  const requestId = response.headers.find(([n]) => n === 'x-amz-request-id')?.[1] ?? '';
  const hostId = response.headers.find(([n]) => n === 'x-amz-id-2')?.[1] ?? '';
  const body = `${XML_DECLARATION}\n<Error><Code>${error.awsCode}</Code><Message>${xmlEscape(error.message)}</Message>${details.map(([name, value]) => `<${name}>${xmlEscape(value)}</${name}>`).join('')}<RequestId>${requestId}</RequestId><HostId>${hostId}</HostId></Error>`;
  return {
    ...response,
    headers: response.headers.map(([n, v]) => [
      n,
      n === 'Content-Length' ? String(utf8Length(body)) : v,
    ]),
    body,
  };
}

function btoaBytes(bytes: Uint8Array): string {
  let binary = '';
  bytes.forEach((b) => (binary += String.fromCharCode(b)));
  return btoa(binary);
}
