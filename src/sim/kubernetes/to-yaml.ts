/**
 * Plain JSON → YAML in the style of `kubectl get -o yaml` (block style, two-space indent,
 * strings quoted only when YAML would misread them). Enough for manifests; not a general YAML library.
 */
export function toYaml(value: unknown, indent = 0): string {
  return lines(value, indent).join('\n');
}

function scalar(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  const plain =
    /^[A-Za-z0-9/][\w./:@+=,-]*( [\w./:@+=,-]+)*$/.test(text) &&
    !/^(true|false|null|yes|no|on|off|~)$/i.test(text) &&
    !/^[\d.+-]+$/.test(text) &&
    !text.includes(': ');
  return plain ? text : JSON.stringify(text);
}

function isEmptyContainer(v: unknown): boolean {
  return (
    (Array.isArray(v) && v.length === 0) ||
    (typeof v === 'object' && v !== null && Object.keys(v).length === 0)
  );
}

function lines(value: unknown, indent: number): string[] {
  const pad = ' '.repeat(indent);
  if (Array.isArray(value)) {
    if (value.length === 0) return [`${pad}[]`];
    return value.flatMap((item) => {
      if (typeof item === 'object' && item !== null && !isEmptyContainer(item)) {
        const [first = '', ...rest] = lines(item, indent + 2);
        return [`${pad}- ${first.trimStart()}`, ...rest];
      }
      return [
        `${pad}- ${isEmptyContainer(item) ? (Array.isArray(item) ? '[]' : '{}') : scalar(item)}`,
      ];
    });
  }
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([key, v]) => {
      const k = `${pad}${scalar(key)}:`;
      if (isEmptyContainer(v)) return [`${k} ${Array.isArray(v) ? '[]' : '{}'}`];
      if (typeof v === 'object' && v !== null)
        return [k, ...lines(v, Array.isArray(v) ? indent : indent + 2)];
      return [`${k} ${scalar(v)}`];
    });
  }
  return [`${pad}${scalar(value)}`];
}
