import { type ExtractedContact, extractContacts, parseSelection } from '@crm/shared';
import { Command } from 'commander';
import { decodeText } from '../files/decodeText.ts';
import { readBytes } from '../files/fileErrors.ts';
import { CliError } from '../support/CliError.ts';
import { printJson, say } from '../support/output.ts';

interface ExtractOptions {
  url?: string;
  text?: boolean;
  region: string;
  json?: boolean;
}

/**
 * `crm extract FILE`: the Chrome extension's contact extractor, headless (issue 4, "CLI contract"):
 * an HTML page (parsed with linkedom) or, with --text, a plain-text selection.
 */
export function extractCommand(): Command {
  return new Command('extract')
    .description(
      'Find contacts (name, title, company, emails, phones as E.164) in an HTML page, or in a text selection with --text.',
    )
    .argument('<file>', 'an HTML page (.html) or, with --text, a text file holding the selection')
    .option('--url <url>', "the page's address: resolves relative links")
    .option('--text', 'FILE is a plain-text selection (an email signature, a 名片 block)')
    .option('--region <code>', 'default phone region for numbers without a country code', 'CN')
    .option('--json', 'print only JSON on stdout: {"contacts":[…]}')
    .addHelpText(
      'after',
      '\nExamples:\n  crm extract contact.html --url https://example.com/contact --json\n  crm extract signature.txt --text --region GB --json',
    )
    .action(async (file: string, options: ExtractOptions) => {
      const region = options.region.trim().toUpperCase();
      if (!/^[A-Z]{2}$/.test(region)) {
        throw new CliError(
          `--region ${options.region} is not a region code; expected two letters such as CN, US or GB`,
        );
      }
      const text = await readText(file);
      let contacts: ExtractedContact[];
      if (options.text === true) {
        const one = parseSelection(text, { region });
        contacts = one === null ? [] : [one];
      } else {
        // Loaded here so the other commands do not pay for the DOM at start-up.
        const { parseHTML } = await import('linkedom');
        const { document } = parseHTML(text);
        contacts = extractContacts(document, {
          region,
          ...(options.url === undefined ? {} : { url: options.url }),
        });
      }
      if (options.json === true) {
        printJson({ contacts: contacts.map(contactJson) });
        return;
      }
      if (contacts.length === 0) {
        say(`no contacts found in ${file}`);
        return;
      }
      say(`${contacts.length} contact${contacts.length === 1 ? '' : 's'} in ${file}:`);
      for (const c of contacts) {
        const who = [c.name, c.title, c.organization].filter((x) => x !== null).join(' · ') || '(no name)';
        say(`- ${who}  [${c.source}, ${Math.round(c.confidence * 100)}%]`);
        for (const line of [...c.emails, ...c.phones, ...c.urls]) say(`    ${line}`);
        if (c.address !== null) say(`    ${c.address}`);
        say(`    found: ${c.evidence}`);
      }
    });
}

/** The JSON of the CLI contract, in a fixed key order. */
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
    evidence: c.evidence,
  };
}

async function readText(file: string): Promise<string> {
  return decodeText(await readBytes(file));
}
