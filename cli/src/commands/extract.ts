import {
  describeEvidence,
  type ExtractedContact,
  extractPage,
  type Language,
  parseSelectionContacts,
} from '@crm/shared';
import { Command, Option } from 'commander';
import { decodeText } from '../files/decodeText.ts';
import { readBytes } from '../files/fileErrors.ts';
import { CliError } from '../support/CliError.ts';
import { printJson, say } from '../support/output.ts';
import { cliLanguage, setCliLanguage, t } from '../texts/currentTexts.ts';

/** A file is read whole; this only guards against a pathological page. */
const FILE_TIME_BUDGET_MS = 60_000;

interface ExtractOptions {
  lang?: Language;
  url?: string;
  text?: boolean;
  region: string;
  json?: boolean;
}

/**
 * `crm extract FILE`: the Chrome extension's contact extractor, headless: an HTML page (parsed
 * with linkedom), one contact per person, or, with --text, a plain-text selection (every person
 * in it: a mail thread holds several signatures).
 */
export function extractCommand(): Command {
  const help = t().commands.extract;
  return new Command('extract')
    .description(help.description)
    .argument('<file>', help.file)
    .option('--url <url>', help.url)
    .option('--text', help.text)
    .option('--region <code>', help.region, 'CN')
    .option('--json', help.json)
    .addOption(new Option('--lang <language>', t().options.lang).choices(['zh', 'en']))
    .addHelpText('after', help.examples)
    .action(async (file: string, options: ExtractOptions) => {
      if (options.lang !== undefined) setCliLanguage(options.lang);
      const text = t().extract;
      const region = options.region.trim().toUpperCase();
      if (!/^[A-Z]{2}$/.test(region)) throw new CliError(t().errors.regionCode(options.region));
      const content = await readText(file);
      let contacts: ExtractedContact[];
      let truncated = false;
      if (options.text === true) {
        contacts = parseSelectionContacts(content, {
          region,
          ...(options.url === undefined ? {} : { url: options.url }),
        });
      } else {
        // Loaded here so the other commands do not pay for the DOM at start-up.
        const { parseHTML } = await import('linkedom');
        const { document } = parseHTML(content);
        // No click waits here: the whole page is read (linkedom is slower than a browser).
        const page = extractPage(document, {
          region,
          timeBudgetMs: FILE_TIME_BUDGET_MS,
          ...(options.url === undefined ? {} : { url: options.url }),
        });
        contacts = page.contacts;
        truncated = page.truncated;
      }
      if (options.json === true) {
        printJson({ contacts: contacts.map(contactJson), ...(truncated ? { truncated } : {}) });
        return;
      }
      if (truncated) say(text.truncated);
      if (contacts.length === 0) {
        say(text.none(file));
        return;
      }
      say(text.found(contacts.length, file));
      for (const c of contacts) {
        const who = [c.name, c.title, c.organization].filter((x) => x !== null).join(' · ') || text.noName;
        say(`- ${who}  [${c.source}, ${Math.round(c.confidence * 100)}%]`);
        for (const line of [...c.emails, ...c.phones, ...c.urls]) say(`    ${line}`);
        if (c.wechat !== null) say(`    ${text.wechat(c.wechat)}`);
        if (c.phoneRegion !== null) say(`    ${text.phoneRegion(c.phoneRegion.region, c.phoneRegion.basis)}`);
        if (c.address !== null) say(`    ${c.address}`);
        say(`    ${text.evidence(describeEvidence(c.evidence, cliLanguage()))}`);
      }
    });
}

/**
 * The JSON of the CLI contract, in a fixed key order. `evidence` is where the contact was found
 * worded in the run's language, like every message; programs read `evidenceItems`, the same as data.
 */
function contactJson(c: ExtractedContact) {
  return {
    name: c.name,
    title: c.title,
    organization: c.organization,
    emails: c.emails,
    phones: c.phones,
    address: c.address,
    urls: c.urls,
    source: c.source,
    confidence: c.confidence,
    evidence: describeEvidence(c.evidence, cliLanguage()),
    evidenceItems: c.evidence,
    wechat: c.wechat,
    phoneRegion: c.phoneRegion,
  };
}

async function readText(file: string): Promise<string> {
  return decodeText(await readBytes(file));
}
