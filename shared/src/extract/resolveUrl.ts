// Relative link resolution without the URL global (not in the core's ES2023 lib), after
// RFC 3986 §5.2 for the cases pages use: absolute, scheme-relative, root-relative, relative, empty.

const ABSOLUTE = /^[a-z][a-z0-9+.-]*:/i;

/** Resolves `href` against `base`; returns `href` unchanged when there is no usable base. */
export function resolveUrl(href: string, base: string | undefined): string {
  const ref = href.trim();
  if (ABSOLUTE.test(ref) || base === undefined || !ABSOLUTE.test(base)) return ref;
  const m = /^([a-z][a-z0-9+.-]*:)(\/\/[^/?#]*)?([^?#]*)(\?[^#]*)?/i.exec(base);
  if (m === null) return ref;
  const scheme = m[1] ?? '';
  const authority = m[2] ?? '';
  const basePath = m[3] ?? '';
  const baseQuery = m[4] ?? '';
  if (ref === '' || ref.startsWith('#')) return `${scheme}${authority}${basePath || '/'}${baseQuery}${ref}`;
  if (ref.startsWith('//')) return `${scheme}${ref}`;
  if (ref.startsWith('?')) return `${scheme}${authority}${basePath || '/'}${ref}`;
  let path: string;
  if (ref.startsWith('/')) path = ref;
  else {
    const dir = basePath.slice(0, basePath.lastIndexOf('/') + 1) || '/';
    path = dir + ref;
  }
  return `${scheme}${authority}${removeDotSegments(path)}`;
}

function removeDotSegments(pathWithQuery: string): string {
  const cut = pathWithQuery.search(/[?#]/);
  const path = cut < 0 ? pathWithQuery : pathWithQuery.slice(0, cut);
  const rest = cut < 0 ? '' : pathWithQuery.slice(cut);
  const out: string[] = [];
  const segments = path.split('/');
  for (let i = 0; i < segments.length; i++) {
    const s = segments[i];
    if (s === '..') {
      if (out.length > 1) out.pop();
      if (i === segments.length - 1) out.push('');
    } else if (s === '.') {
      if (i === segments.length - 1) out.push('');
    } else out.push(s ?? '');
  }
  return out.join('/') + rest;
}
