import { normalizePath } from './normalize-path';
import { uriEncode, uriEncodeKeepingEscapes } from './uri-encode';

/**
 * The CanonicalURI line. Non-S3 services normalize the path and then encode every segment
 * once more, '%' included: since the path is taken as on the wire (already encoded once by
 * the client), that is AWS's "double encoding". S3 keeps the path as written and only
 * encodes what is not yet encoded.
 */
export function canonicalUri(path: string, normalize: boolean): string {
  const raw = path === '' ? '/' : path;
  if (!normalize) return raw.split('/').map(uriEncodeKeepingEscapes).join('/');
  return normalizePath(raw).split('/').map(uriEncode).join('/');
}
