import { describe, expect, it } from 'vitest';
import { EMPTY_PAYLOAD_SHA256, sha256Hex } from './hash';
import { signRequest } from './sign-request';
import type { SigV4Options, SigV4Request } from './types';

// The worked examples of the Amazon S3 API Reference ("Signature Calculations for the
// Authorization Header: Transferring Payload in a Single Chunk"), as literals. S3 rules apply:
// no path normalization, and the payload hash is the x-amz-content-sha256 value.
const CREDS = {
  accessKeyId: 'AKIAIOSFODNN7EXAMPLE',
  secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
};
const AMZ_DATE = '20130524T000000Z';
const HOST: [string, string] = ['Host', 'examplebucket.s3.amazonaws.com'];
const SCOPE = 'AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request';

function s3(payloadHash: string): SigV4Options {
  return {
    region: 'us-east-1',
    service: 's3',
    amzDate: AMZ_DATE,
    normalizePath: false,
    payloadHash,
  };
}

function get(path: string, query: [string, string][], extra: [string, string][]): SigV4Request {
  const headers: [string, string][] = [
    HOST,
    ...extra,
    ['x-amz-content-sha256', EMPTY_PAYLOAD_SHA256],
    ['x-amz-date', AMZ_DATE],
  ];
  return { method: 'GET', path, query, headers, body: '' };
}

describe('S3 documentation examples', () => {
  it('GET Object with a Range header', async () => {
    const result = await signRequest(
      get('/test.txt', [], [['Range', 'bytes=0-9']]),
      CREDS,
      s3(EMPTY_PAYLOAD_SHA256),
    );
    expect(result.canonicalRequest).toBe(
      [
        'GET',
        '/test.txt',
        '',
        'host:examplebucket.s3.amazonaws.com',
        'range:bytes=0-9',
        'x-amz-content-sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
        'x-amz-date:20130524T000000Z',
        '',
        'host;range;x-amz-content-sha256;x-amz-date',
        'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
      ].join('\n'),
    );
    expect(result.stringToSign).toBe(
      [
        'AWS4-HMAC-SHA256',
        '20130524T000000Z',
        '20130524/us-east-1/s3/aws4_request',
        '7344ae5b7ee6c3e7e6b0fe0640412a37625d1fbfff95c48bbb2dc43964946972',
      ].join('\n'),
    );
    expect(result.authorization).toBe(
      `${SCOPE}, SignedHeaders=host;range;x-amz-content-sha256;x-amz-date, Signature=f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41`,
    );
  });

  it('PUT Object: a "$" in the key is encoded once, the body hash is signed', async () => {
    const body = 'Welcome to Amazon S3.';
    const bodyHash = '44ce7dd67c959e0d3524ffac1771dfbba87d2b6b4b4e99e42034a8b803f8b072';
    expect(await sha256Hex(body)).toBe(bodyHash);
    const request: SigV4Request = {
      method: 'PUT',
      path: '/test$file.text',
      query: [],
      headers: [
        HOST,
        ['Date', 'Fri, 24 May 2013 00:00:00 GMT'],
        ['x-amz-date', AMZ_DATE],
        ['x-amz-storage-class', 'REDUCED_REDUNDANCY'],
        ['x-amz-content-sha256', bodyHash],
      ],
      body,
    };
    const result = await signRequest(request, CREDS, s3(bodyHash));
    expect(result.canonicalRequest.split('\n').slice(0, 2)).toEqual(['PUT', '/test%24file.text']);
    expect(
      result.stringToSign.endsWith(
        '\n9e0e90d9c76de8fa5b200d8c849cd5b8dc7a3be3951ddb7f6a76b4158342019d',
      ),
    ).toBe(true);
    expect(result.authorization).toBe(
      `${SCOPE}, SignedHeaders=date;host;x-amz-content-sha256;x-amz-date;x-amz-storage-class, Signature=98ad721746da40c64f1a55b78f14c238d841ea1380cd77a1b5971af0ece108bd`,
    );
  });

  it('GET Bucket lifecycle: a value-less sub-resource signs as "lifecycle="', async () => {
    const result = await signRequest(
      get('/', [['lifecycle', '']], []),
      CREDS,
      s3(EMPTY_PAYLOAD_SHA256),
    );
    expect(result.canonicalRequest.split('\n')[2]).toBe('lifecycle=');
    expect(result.signature).toBe(
      'fea454ca298b7da1c68078a5d1bdbfbbe0d65c699e0f91ac7a200a0136783543',
    );
  });

  it('GET Bucket (List Objects): query parameters are sorted', async () => {
    const query: [string, string][] = [
      ['max-keys', '2'],
      ['prefix', 'J'],
    ];
    const result = await signRequest(get('/', query, []), CREDS, s3(EMPTY_PAYLOAD_SHA256));
    expect(result.canonicalRequest.split('\n')[2]).toBe('max-keys=2&prefix=J');
    expect(result.signature).toBe(
      '34b48302e7b5fa45bde8084f4b7868a86f0a534bc59db6670ed5711ef69dc6f7',
    );
  });
});
