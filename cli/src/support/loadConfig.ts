import { type Config, ConfigSchema } from '@crm/shared';
import { readBytes } from '../files/fileErrors.ts';
import { CliError } from './CliError.ts';

export interface ConfigOptions {
  config?: string;
  lang?: 'zh' | 'en';
  region?: string;
}

/**
 * The configuration from `--config FILE` (JSON, validated with ConfigSchema) with `--lang` and
 * `--region` on top. Every problem names the file and the setting's path.
 */
export async function loadConfig(options: ConfigOptions): Promise<Config> {
  let input: unknown = {};
  if (options.config !== undefined) {
    const text = new TextDecoder().decode(await readBytes(options.config));
    try {
      input = JSON.parse(text);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new CliError(`invalid config file ${options.config}: not valid JSON (${reason})`);
    }
    if (typeof input !== 'object' || input === null || Array.isArray(input)) {
      throw new CliError(`invalid config file ${options.config}: expected a JSON object`);
    }
  }
  const merged = {
    ...(input as Record<string, unknown>),
    ...(options.lang === undefined ? {} : { language: options.lang }),
    ...(options.region === undefined ? {} : { defaultRegion: options.region.toUpperCase() }),
  };
  const parsed = ConfigSchema.safeParse(merged);
  if (!parsed.success) {
    const where = options.config === undefined ? 'invalid option' : `invalid config file ${options.config}`;
    const problems = parsed.error.issues.map((issue) => {
      const path = issue.path.map(String).join('.') || '(root)';
      return `  ${path}: ${issue.message}`;
    });
    throw new CliError(`${where}:\n${problems.join('\n')}`);
  }
  return parsed.data;
}
