/** HTTP messages as they travel on the wire, kept as plain data so snapshots stay JSON. */

export interface HttpRequest {
  method: string;
  /** Request target: path plus query, e.g. `/` or `/id/ABC/keys`. */
  target: string;
  /** Headers in wire order; `Host` first, as HTTP/1.1 clients send it. */
  headers: [string, string][];
  body: string;
}

export interface HttpResponse {
  status: number;
  statusText: string;
  headers: [string, string][];
  body: string;
}

/** One request and the answer it got. */
export interface HttpExchange {
  request: HttpRequest;
  response: HttpResponse;
}

const STATUS_TEXT: Record<number, string> = {
  200: 'OK',
  400: 'Bad Request',
  403: 'Forbidden',
  404: 'Not Found',
};

/** The request line, one header per line, a blank line, the body. */
export function formatHttpRequest(req: HttpRequest): string {
  const head = [
    `${req.method} ${req.target} HTTP/1.1`,
    ...req.headers.map(([n, v]) => `${n}: ${v}`),
  ];
  return `${head.join('\n')}\n\n${req.body}`;
}

/** The status line, one header per line, a blank line, the body. */
export function formatHttpResponse(res: HttpResponse): string {
  const head = [
    `HTTP/1.1 ${res.status} ${res.statusText}`,
    ...res.headers.map(([n, v]) => `${n}: ${v}`),
  ];
  return `${head.join('\n')}\n\n${res.body}`;
}

/** Build a response with the standard reason phrase. */
export function httpResponse(
  status: number,
  headers: [string, string][],
  body: string,
): HttpResponse {
  return { status, statusText: STATUS_TEXT[status] ?? '', headers, body };
}

/** Byte length of a UTF-8 body, for Content-Length. */
export function utf8Length(text: string): number {
  return new TextEncoder().encode(text).length;
}

/** The value of a header, compared case-insensitively; the first one wins. */
export function headerValue(headers: [string, string][], name: string): string | undefined {
  const lower = name.toLowerCase();
  return headers.find(([n]) => n.toLowerCase() === lower)?.[1];
}

/**
 * application/x-www-form-urlencoded as botocore writes it (Python urlencode / quote_plus):
 * RFC 3986 unreserved characters stay, space becomes `+`, everything else is %XX.
 */
export function formEncode(params: [string, string][]): string {
  const enc = (s: string) =>
    encodeURIComponent(s)
      .replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
      .replace(/%20/g, '+');
  return params.map(([k, v]) => `${enc(k)}=${enc(v)}`).join('&');
}

/** Parse a form-encoded body; never throws (bad escapes are kept as written). */
export function formDecode(body: string): [string, string][] {
  if (body === '') return [];
  const dec = (s: string) => {
    try {
      return decodeURIComponent(s.replace(/\+/g, ' '));
    } catch {
      return s;
    }
  };
  return body.split('&').map((pair) => {
    const eq = pair.indexOf('=');
    return eq < 0 ? [dec(pair), ''] : [dec(pair.slice(0, eq)), dec(pair.slice(eq + 1))];
  });
}

/** Escape text for an XML element body. */
export function xmlEscape(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** HTTP-date as in `Date:` headers (RFC 7231 IMF-fixdate). */
export function httpDate(date: Date): string {
  return date.toUTCString();
}
