import { type Config, ConfigSchema, type Language, resolveConfig } from '@crm/shared';
import { z } from 'zod';
import { AddonError } from './AddonError.ts';
import { languageOfLocale, type Messages } from './messages.ts';

const SETTINGS_KEY = 'crm.settings';
/** Apps Script limits one property value to 9 KB (bytes, not characters); keep a margin. */
const MAX_SETTINGS_BYTES = 8 * 1024;

const sheetChoice = z.string().trim().min(1).max(100).nullable().default(null);

/** The add-on's settings, kept as one JSON document property. */
export const AddonSettingsSchema = z.object({
  /** Label language; `auto` follows the spreadsheet locale. */
  language: z.enum(['auto', 'zh', 'en']).default('auto'),
  /** Sheets chosen by the user; null = found by name / header. */
  customerSheet: sheetChoice,
  ordersSheet: sheetChoice,
  complaintsSheet: sheetChoice,
  /** The customer table's header row when the user sets it; null = found by the core's rule. */
  customerHeaderRow: z.number().int().min(1).max(1000).nullable().default(null),
  /** Predict P(alive)/CLV when orders exist. */
  clv: z.boolean().default(true),
  /** Hour of day (spreadsheet time zone) the daily digest is sent. */
  digestHour: z.number().int().min(0).max(23).default(8),
  /** Core configuration (thresholds, cadences, region, column mapping); language is set above. */
  config: z.record(z.string(), z.unknown()).default({}),
});
export type AddonSettings = z.infer<typeof AddonSettingsSchema>;

/** Settings stored in the document, or the defaults. A corrupt value falls back to defaults. */
export function loadSettings(): AddonSettings {
  // No document properties outside a document (a time-driven trigger): the defaults.
  const text = PropertiesService.getDocumentProperties()?.getProperty(SETTINGS_KEY);
  if (!text) return AddonSettingsSchema.parse({});
  try {
    const parsed = AddonSettingsSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : AddonSettingsSchema.parse({});
  } catch {
    return AddonSettingsSchema.parse({});
  }
}

/**
 * Validates and stores settings: the add-on part with its own schema, the core part with the
 * core's ConfigSchema, so a bad threshold is refused with the setting's name before it is saved.
 */
export function storeSettings(input: unknown, messages: Messages): AddonSettings {
  const parsed = AddonSettingsSchema.safeParse(input);
  if (!parsed.success) throw new AddonError(messages.invalidSettings(issueText(parsed.error)));
  const settings = parsed.data;
  const { language: _ignored, ...config } = settings.config;
  const checked = ConfigSchema.safeParse(config);
  if (!checked.success) throw new AddonError(messages.invalidSettings(issueText(checked.error)));
  const stored = { ...settings, config };
  const text = JSON.stringify(stored);
  const bytes = utf8Length(text);
  if (bytes > MAX_SETTINGS_BYTES) throw new AddonError(messages.settingsTooLarge(bytes, MAX_SETTINGS_BYTES));
  PropertiesService.getDocumentProperties().setProperty(SETTINGS_KEY, text);
  return stored;
}

/** The language for labels: the setting, else the spreadsheet locale. */
export function effectiveLanguage(settings: AddonSettings, locale: string): Language {
  return settings.language === 'auto' ? languageOfLocale(locale) : settings.language;
}

/** The full core configuration for a job (defaults filled in). */
export function effectiveConfig(settings: AddonSettings, language: Language): Config {
  return resolveConfig({ ...(settings.config as Record<string, never>), language });
}

/** Bytes of a string in UTF-8: the property limit counts bytes, and a Chinese character takes three. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return bytes;
}

function issueText(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.join('.') || '(settings)'}: ${issue.message}`)
    .join('; ');
}
