import { Metadata, type MetadataJson } from 'libphonenumber-js/core';

/**
 * The short way to a valid number's international form (E.164 when it has at most 15 digits),
 * for the usual ways people write one: `+44 20 7946 0958`, `+1 (206) 555-0100`, `(020) 6123 4567`
 * or `0755-8888 8888` in the default region. It reads the same numbering plans as
 * libphonenumber-js (its own metadata, through its own Metadata class) and answers only where the
 * library's parse would take the same steps: a known calling code, no national prefix to strip
 * after it (or, for a national number, exactly the plan's own prefix), and a national number that
 * one of the plan's number types matches whole. It never says no: anything it cannot settle
 * (`undefined`) goes to the full parse. A table's numbers from abroad and its landlines cost the
 * full parse about 10 µs each; this way costs about one.
 *
 * `text` is the number as written, `compact` the same without separators.
 */
export function numberByNumberingPlan(
  text: string,
  compact: string,
  region: string | undefined,
  metadata: MetadataJson,
): string | undefined {
  if (text.length > MAX_TEXT || !PLAIN_TEXT.test(text)) return undefined;
  const plans = plansOf(metadata);
  if (compact.charCodeAt(0) === PLUS) return international(compact, plans);
  return region === undefined ? undefined : national(compact, region, plans);
}

/**
 * Digits, a leading +, and the separators libphonenumber takes as punctuation between them:
 * nothing it could read as an extension, a second number or a non-ASCII digit.
 */
const PLAIN_TEXT = /^\+?[0-9 \u00a0().\-–—]+$/;
const MAX_TEXT = 40;
const PLUS = 0x2b;
const DIGITS = /^[0-9]+$/;

/** The E.164 of `+digits`, the plan that of its calling code's main country. */
function international(compact: string, plans: Plans): string | undefined {
  const digits = compact.slice(1);
  if (!DIGITS.test(digits) || digits.charCodeAt(0) === ZERO) return undefined;
  // The library takes the shortest prefix that is a calling code (country or not).
  for (let length = 1; length <= 3 && length < digits.length; length++) {
    const code = digits.slice(0, length);
    if (!plans.isCallingCode(code)) continue;
    const plan = plans.ofCallingCode(code);
    const rest = digits.slice(length);
    // A national prefix after the calling code (+44 (0)20…) is the library's to strip or keep.
    if (plan === null || plan.prefixForParsing?.test(rest) === true) return undefined;
    return plan.isValid(rest) ? internationalNumber(code, rest) : undefined;
  }
  return undefined;
}

/** The E.164 of a number dialled within `region`, starting with its national prefix (0…). */
function national(compact: string, region: string, plans: Plans): string | undefined {
  if (!DIGITS.test(compact)) return undefined;
  const plan = plans.ofCountry(region);
  // The library validates against the country its calling code's numbers resolve to, which is
  // the region's own plan when the region is that code's main country (or its only one).
  if (plan === null || plan.nationalPrefix === undefined || plans.ofCallingCode(plan.callingCode) !== plan)
    return undefined;
  // Dialled abroad (00…), or starting with the calling code (86…): the library tries more.
  if (plan.idd.test(compact) || compact.startsWith(plan.callingCode)) return undefined;
  const match = plan.prefixForParsing?.exec(compact);
  // The plain prefix itself, nothing captured (a carrier code, a transformed area code).
  if (match == null || match[0] !== plan.nationalPrefix || match.slice(1).some((g) => g !== undefined))
    return undefined;
  // A valid rest is of one of the plan's lengths, the library's check before it strips a prefix.
  const rest = compact.slice(match[0].length);
  return plan.isValid(rest) ? internationalNumber(plan.callingCode, rest) : undefined;
}

const ZERO = 0x30;

/**
 * The number as libphonenumber gives it: +, calling code, national number (joined: one flat
 * string). Whether that is E.164 (at most 15 digits) is normalizePhoneNumber's check, as for the
 * full parse.
 */
function internationalNumber(callingCode: string, nationalNumber: string): string {
  return ['+', callingCode, nationalNumber].join('');
}

/** What the short way reads of one country's numbering plan, its patterns compiled once. */
class Plan {
  readonly callingCode: string;
  readonly nationalPrefix: string | undefined;
  readonly prefixForParsing: RegExp | null;
  readonly idd: RegExp;
  readonly hasLeadingDigits: boolean;
  private readonly nationalNumber: RegExp;
  private readonly types: { pattern: RegExp; lengths: readonly number[] | undefined }[] = [];

  constructor(plan: NumberingPlanReading) {
    this.callingCode = plan.callingCode();
    this.nationalPrefix = plan.nationalPrefix() || undefined;
    const forParsing = plan.nationalPrefixForParsing();
    this.prefixForParsing = forParsing ? new RegExp(`^(?:${forParsing})`) : null;
    // The library looks for the IDD prefix with `search(…) === 0`: anchored, as here.
    this.idd = new RegExp(`^(?:${plan.IDDPrefix()})`);
    this.hasLeadingDigits = Boolean(plan.leadingDigits());
    this.nationalNumber = whole(plan.nationalNumberPattern());
    for (const name of NUMBER_TYPES) {
      const type = plan.type(name);
      const pattern = type?.pattern();
      if (type !== undefined && pattern)
        this.types.push({ pattern: whole(pattern), lengths: type.possibleLengths() });
    }
  }

  /**
   * libphonenumber's validity: the national number matches the plan's pattern whole, and one
   * number type's pattern at one of that type's lengths. A plan without types is left alone.
   */
  isValid(nationalNumber: string): boolean {
    if (this.types.length === 0 || nationalNumber.length < 2 || nationalNumber.length > 17) return false;
    if (!this.nationalNumber.test(nationalNumber)) return false;
    for (const type of this.types) {
      if (type.lengths !== undefined && !type.lengths.includes(nationalNumber.length)) continue;
      if (type.pattern.test(nationalNumber)) return true;
    }
    return false;
  }
}

/** The number types libphonenumber-js tells valid numbers by (helpers/getNumberType.js). */
const NUMBER_TYPES = [
  'FIXED_LINE',
  'MOBILE',
  'PREMIUM_RATE',
  'TOLL_FREE',
  'SHARED_COST',
  'VOIP',
  'PERSONAL_NUMBER',
  'PAGER',
  'UAN',
  'VOICEMAIL',
] as const;

function whole(pattern: string): RegExp {
  return new RegExp(`^(?:${pattern})$`);
}

/**
 * The parts of libphonenumber-js's numbering plan the short way reads. The library's typings name
 * only a few of its methods; these are the ones its own parse and validity checks call.
 */
interface NumberingPlanReading {
  callingCode(): string;
  nationalPrefix(): string | undefined;
  nationalPrefixForParsing(): string | undefined;
  IDDPrefix(): string;
  nationalNumberPattern(): string;
  leadingDigits(): string | undefined;
  type(name: string): { pattern(): string; possibleLengths(): number[] | undefined } | undefined;
}

/** The plans of one metadata, made as numbers ask for them. */
class Plans {
  private readonly reader: Metadata;
  private readonly byCountry = new Map<string, Plan | null>();
  private readonly byCallingCode = new Map<string, Plan | null>();

  constructor(private readonly metadata: MetadataJson) {
    this.reader = new Metadata(metadata);
  }

  /** Whether the library would take `code` as a calling code (a country's or a non-geographic one). */
  isCallingCode(code: string): boolean {
    return (
      this.metadata.country_calling_codes[code] !== undefined ||
      this.metadata.nonGeographic?.[code] !== undefined
    );
  }

  /**
   * The plan of a calling code's main country, when the library would surely pick that country
   * for a number valid there: it is the only one, or the first and tells its numbers by their
   * patterns (not by leading digits). Null for a non-geographic code.
   */
  ofCallingCode(code: string): Plan | null {
    let plan = this.byCallingCode.get(code);
    if (plan === undefined) {
      const countries = this.metadata.country_calling_codes[code] ?? [];
      const main = countries[0] === undefined ? null : this.ofCountry(countries[0]);
      // Countries that share a code are tried in order, each by its leading digits if it has
      // them, else by whether the number is valid there.
      plan = main !== null && (countries.length === 1 || !main.hasLeadingDigits) ? main : null;
      this.byCallingCode.set(code, plan);
    }
    return plan;
  }

  ofCountry(country: string): Plan | null {
    let plan = this.byCountry.get(country);
    if (plan === undefined) {
      plan =
        this.metadata.countries[country as keyof MetadataJson['countries']] === undefined
          ? null
          : new Plan(this.reading(country));
      this.byCountry.set(country, plan);
    }
    return plan;
  }

  private reading(country: string): NumberingPlanReading {
    this.reader.selectNumberingPlan(country as Parameters<Metadata['selectNumberingPlan']>[0]);
    return this.reader.numberingPlan as unknown as NumberingPlanReading;
  }
}

const plansByMetadata = new WeakMap<MetadataJson, Plans>();

function plansOf(metadata: MetadataJson): Plans {
  let plans = plansByMetadata.get(metadata);
  if (plans === undefined) {
    plans = new Plans(metadata);
    plansByMetadata.set(metadata, plans);
  }
  return plans;
}
