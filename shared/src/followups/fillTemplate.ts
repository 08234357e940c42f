/** Values for a template's `{placeholder}`s. */
export type TemplateValues = { readonly [key: string]: string | number };

type Compiled = readonly string[];

// Templates are few and tasks are many (100k customers): split each template once into
// [literal, key, literal, key, …, literal] and fill by joining, which yields one flat string
// instead of a chain of concatenations (less garbage for the collector on big plans).
const compiled = new Map<string, Compiled>();
const pieces: string[] = [];

function compile(template: string): Compiled {
  let parts = compiled.get(template);
  if (parts === undefined) {
    parts = template.split(/\{([A-Za-z][A-Za-z0-9]*)\}/);
    compiled.set(template, parts);
  }
  return parts;
}

/**
 * Fills `{name}` placeholders from `values`, then from `fallback` (e.g. per-customer values
 * shared by several tasks). Values are inserted as written (never re-scanned). A placeholder
 * without a value stays visible as `{name}` so tests catch it, rather than sending a customer
 * the word "undefined".
 */
export function fillTemplate(template: string, values: TemplateValues, fallback?: TemplateValues): string {
  const parts = compile(template);
  if (parts.length === 1) return template;
  pieces.length = 0;
  pieces.push(parts[0] as string);
  for (let i = 1; i < parts.length; i += 2) {
    const key = parts[i] as string;
    const value = values[key] ?? fallback?.[key];
    pieces.push(value === undefined ? `{${key}}` : String(value), parts[i + 1] as string);
  }
  return pieces.join('');
}
