import { type Config, ConfigSchema, type Language, type ReportPeriod } from '@crm/shared';
import { readBytes } from '../files/fileErrors.ts';
import { systemLanguage } from '../texts/cliLanguage.ts';
import { setCliLanguage, t } from '../texts/currentTexts.ts';
import { CliError } from './CliError.ts';

export interface ConfigOptions {
  config?: string;
  lang?: Language;
  region?: string;
  /** `crm report --period`: the calendar period the report compares. */
  period?: ReportPeriod;
}

/**
 * The configuration from `--config FILE` (JSON, validated with ConfigSchema) with `--lang` and
 * `--region` on top. The language is --lang, else the file's, else the system's; from here on
 * every message of the run is in it. Every problem names the file and the setting's path.
 */
export async function loadConfig(options: ConfigOptions): Promise<Config> {
  let input: Record<string, unknown> = {};
  if (options.config !== undefined) {
    const text = new TextDecoder().decode(await readBytes(options.config));
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new CliError(t().config.notJson(options.config, reason));
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
      throw new CliError(t().config.notObject(options.config));
    }
    input = parsed as Record<string, unknown>;
  }
  const fileLanguage = input.language === 'zh' || input.language === 'en' ? input.language : undefined;
  const language = options.lang ?? fileLanguage ?? systemLanguage();
  setCliLanguage(language);
  const merged = {
    ...input,
    language,
    ...(options.region === undefined ? {} : { defaultRegion: options.region.toUpperCase() }),
    ...(options.period === undefined
      ? {}
      : { report: { ...asObject(input.report), period: options.period } }),
  };
  const parsed = ConfigSchema.safeParse(merged);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => {
      const path = issue.path.map(String).join('.') || '(root)';
      return `  ${path}: ${issue.message}`;
    });
    throw new CliError(`${t().config.invalid(options.config)}\n${problems.join('\n')}`);
  }
  return parsed.data;
}

function asObject(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}
