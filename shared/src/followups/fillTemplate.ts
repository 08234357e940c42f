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

const isHan = (code: number) => code >= 0x3400 && code <= 0x9fff;
// Letters (incl. Latin-1 such as ü) and a closing period ("Ltd."); not digits: Chinese dates
// such as 2026年11月20日 sit next to Han characters without a space.
const isLatin = (code: number) =>
  (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || (code >= 0xc0 && code <= 0x24f) || code === 46;

/**
 * A value as it sits between two literal pieces: Chinese typesetting puts a space between Han
 * characters and Latin words ("Hannah Lim 您好", "感谢 Acme Ltd. 对我们"), so one is
 * added where an inserted value meets a Han character without one.
 */
function spaced(value: string, before: string, after: string): string {
  if (value === '') return value;
  const lead = isHan(before.charCodeAt(before.length - 1)) && isLatin(value.charCodeAt(0)) ? ' ' : '';
  const trail = isLatin(value.charCodeAt(value.length - 1)) && isHan(after.charCodeAt(0)) ? ' ' : '';
  return lead === '' && trail === '' ? value : lead + value + trail;
}

/**
 * Fills `{name}` placeholders from `values`, then from `fallback` (e.g. per-customer values
 * shared by several tasks). Values are inserted as written (never re-scanned), with a space
 * where Latin text meets Han characters. A placeholder without a value stays visible as `{name}`
 * so tests catch it, rather than sending a customer the word "undefined".
 */
export function fillTemplate(template: string, values: TemplateValues, fallback?: TemplateValues): string {
  const parts = compile(template);
  if (parts.length === 1) return template;
  pieces.length = 0;
  pieces.push(parts[0] as string);
  for (let i = 1; i < parts.length; i += 2) {
    const key = parts[i] as string;
    const value = values[key] ?? fallback?.[key];
    const after = parts[i + 1] as string;
    pieces.push(
      value === undefined ? `{${key}}` : spaced(String(value), parts[i - 1] as string, after),
      after,
    );
  }
  return pieces.join('');
}
