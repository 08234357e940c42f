import { exceljsRules } from './exceljsRules.ts';
import { NotForFastRead } from './xlsxParts.ts';

/**
 * New cell formats appended to a workbook's styles.xml, each based on one of its own (a cell's
 * `s`): bold for the managed headers, a date number format for date columns. Everything already
 * in styles.xml keeps its place and id, so every other cell looks as it did. Layout from
 * ECMA-376 Part 1, 18.8 (styleSheet: numFmts, fonts, …, cellXfs).
 */
export class StylesPatch {
  private readonly fonts: string[];
  private readonly xfs: string[];
  private readonly addedFonts: string[] = [];
  private readonly addedXfs: string[] = [];
  private readonly made = new Map<string, number>();
  private readonly addedNumFmts: string[] = [];
  private readonly numFmtIds = new Map<string, number>();
  private nextNumFmtId: number;

  constructor(private readonly xml: string) {
    this.fonts = elements(section(xml, 'fonts'), 'font');
    this.xfs = elements(section(xml, 'cellXfs'), 'xf');
    if (this.fonts.length === 0 || this.xfs.length === 0)
      throw new NotForFastRead('styles without fonts or cellXfs');
    let max = 163; // custom number formats start at 164
    for (const numFmt of elements(optionalSection(xml, 'numFmts') ?? '', 'numFmt')) {
      const id = Number(attribute(numFmt, 'numFmtId'));
      const written = attribute(numFmt, 'formatCode');
      const code = written === undefined ? undefined : exceljsRules().xmlDecode(written);
      if (code !== undefined && !this.numFmtIds.has(code)) this.numFmtIds.set(code, id);
      if (id > max) max = id;
    }
    this.nextNumFmtId = max + 1;
  }

  /** The id of a format like cellXfs[base] with a bold font. */
  bold(base: number): number {
    // A header made bold by an earlier run keeps its format: runs do not pile up formats.
    const font = this.fonts[Number(attribute(this.xfs[base] ?? '', 'fontId') ?? 0)] ?? '';
    if (/<b\/>|<b\s+val="(1|true)"\s*\/>/.test(font)) return base;
    return this.derived(`bold:${base}`, base, (xf) => {
      const fontId = Number(attribute(xf, 'fontId') ?? 0);
      const font = this.fonts[fontId] ?? this.fonts[0] ?? '<font/>';
      const boldFont = font.startsWith('<font/>')
        ? '<font><b/></font>'
        : font.replace(/<b(\s[^>]*)?\/>/, '').replace(/^<font([^>]*)>/, '<font$1><b/>');
      this.addedFonts.push(boldFont);
      const id = this.fonts.length + this.addedFonts.length - 1;
      return setAttributes(xf, { fontId: String(id), applyFont: '1' });
    });
  }

  /** The id of a format like cellXfs[base] showing its number as a date in `format`. */
  dated(base: number, format: string): number {
    const id = this.numFmtIds.get(format);
    if (id !== undefined && attribute(this.xfs[base] ?? '', 'numFmtId') === String(id)) return base;
    return this.derived(`date:${format}:${base}`, base, (xf) => {
      let id = this.numFmtIds.get(format);
      if (id === undefined) {
        id = this.nextNumFmtId++;
        this.numFmtIds.set(format, id);
        this.addedNumFmts.push(`<numFmt numFmtId="${id}" formatCode="${escapeXml(format)}"/>`);
      }
      return setAttributes(xf, { numFmtId: String(id), applyNumberFormat: '1' });
    });
  }

  /** styles.xml with the added formats; null when nothing was added. */
  result(): string | null {
    if (this.addedXfs.length === 0) return null;
    let xml = this.xml;
    if (this.addedNumFmts.length > 0) {
      const numFmts = optionalSection(xml, 'numFmts');
      if (numFmts === undefined) {
        xml = xml.replace(
          /(<styleSheet\b[^>]*>)/,
          `$1<numFmts count="${this.addedNumFmts.length}">${this.addedNumFmts.join('')}</numFmts>`,
        );
      } else xml = appendTo(xml, 'numFmts', this.addedNumFmts);
    }
    if (this.addedFonts.length > 0) xml = appendTo(xml, 'fonts', this.addedFonts);
    return appendTo(xml, 'cellXfs', this.addedXfs);
  }

  private derived(key: string, base: number, make: (xf: string) => string): number {
    const found = this.made.get(key);
    if (found !== undefined) return found;
    const xf = this.xfs[base] ?? this.xfs[0] ?? '<xf/>';
    this.addedXfs.push(make(xf));
    const id = this.xfs.length + this.addedXfs.length - 1;
    this.made.set(key, id);
    return id;
  }
}

function optionalSection(xml: string, tag: string): string | undefined {
  const match = new RegExp(`<${tag}\\b[^>]*?(?:/>|>([\\s\\S]*?)</${tag}>)`).exec(xml);
  return match === null ? undefined : (match[1] ?? '');
}

function section(xml: string, tag: string): string {
  const found = optionalSection(xml, tag);
  if (found === undefined) throw new NotForFastRead(`styles without <${tag}>`);
  return found;
}

/** The child elements named `tag` of a section (they hold no element of their own name). */
function elements(xml: string, tag: string): string[] {
  return xml.match(new RegExp(`<${tag}\\b[^>]*?(?:/>|>[\\s\\S]*?</${tag}>)`, 'g')) ?? [];
}

/** The section with `added` after its last child and its count attribute updated. */
function appendTo(xml: string, tag: string, added: readonly string[]): string {
  const pattern = new RegExp(`<${tag}\\b([^>]*?)(/>|>([\\s\\S]*?)</${tag}>)`);
  return xml.replace(pattern, (_whole, attrs: string, _end: string, inner: string | undefined) => {
    const children = inner ?? '';
    const count =
      elements(children, tag.slice(0, -1) === 'cellXf' ? 'xf' : tag.slice(0, -1)).length + added.length;
    const withCount = /\bcount="/.test(attrs) ? attrs.replace(/\bcount="[^"]*"/, `count="${count}"`) : attrs;
    return `<${tag}${withCount}>${children}${added.join('')}</${tag}>`;
  });
}

function attribute(element: string, name: string): string | undefined {
  const open = /^<[^>]*>/.exec(element)?.[0] ?? '';
  return new RegExp(`\\s${name}="([^"]*)"`).exec(open)?.[1];
}

/** The element with its opening tag's attributes set (replaced or added). */
function setAttributes(element: string, values: Record<string, string>): string {
  const open = /^<[^>]*>/.exec(element)?.[0] ?? '';
  let tag = open;
  for (const [name, value] of Object.entries(values)) {
    const pattern = new RegExp(`(\\s${name}=)"[^"]*"`);
    tag = pattern.test(tag)
      ? tag.replace(pattern, `$1"${value}"`)
      : tag.replace(/^<(\w+)/, `<$1 ${name}="${value}"`);
  }
  return tag + element.slice(open.length);
}

export function escapeXml(text: string): string {
  return text.replace(/[&<>"]/g, (c) =>
    c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&quot;',
  );
}
