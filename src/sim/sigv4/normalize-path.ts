/**
 * RFC 3986 section 5.2.4 remove_dot_segments, plus the extra step AWS services (not S3)
 * take: empty segments are dropped, so '//example//' becomes '/example/'. Mirrors botocore's
 * normalize_url_path, which is what produced the suite's normalize-path cases.
 */
export function normalizePath(path: string): string {
  if (path === '') return '/';
  const kept: string[] = [];
  for (const segment of path.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') kept.pop();
    else kept.push(segment);
  }
  const first = path.startsWith('/') ? '/' : '';
  // A trailing slash survives only when something is left, so '/example/..' is '/' not '//'.
  const last = path.endsWith('/') && kept.length > 0 ? '/' : '';
  return first + kept.join('/') + last;
}
