import { extractContacts } from '@crm/shared';
import { parseHTML } from 'linkedom';
import { it } from 'vitest';
import { CORPUS } from './fixtures/pages/corpus/truth.ts';

it('cards', () => {
  for (const id of (process.env.PAGES ?? '').split(',')) {
    const page = CORPUS.find((p) => p.id === id);
    if (!page) continue;
    const cards = extractContacts(parseHTML(page.html()).document, {
      region: page.region,
      url: page.url,
      timeBudgetMs: 60000,
    });
    console.log(id);
    for (const c of cards)
      console.log(
        '  ',
        JSON.stringify({ name: c.name, org: c.organization, emails: c.emails, phones: c.phones }),
      );
  }
}, 600000);
