// Writes locales/<locale>/messages.json from the text catalogue (src/texts): the entries the
// manifest names as __MSG_key__. Run `npm run locales -w extension` after changing those texts;
// src/texts/localeMessages.test.ts fails while the files are out of date.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { TEXTS } from '../src/texts/index.ts';
import { CHROME_LOCALE_DIRS, localeMessages, manifestMessageKeys } from '../src/texts/localeMessages.ts';

const root = join(import.meta.dirname, '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { manifest?: unknown };
const keys = manifestMessageKeys(pkg.manifest);
for (const language of Object.keys(CHROME_LOCALE_DIRS) as (keyof typeof CHROME_LOCALE_DIRS)[]) {
  const dir = CHROME_LOCALE_DIRS[language];
  const texts = TEXTS[language];
  mkdirSync(join(root, 'locales', dir), { recursive: true });
  const file = join(root, 'locales', dir, 'messages.json');
  writeFileSync(file, `${JSON.stringify(localeMessages(texts, keys), null, 2)}\n`);
  console.log(`${file}: ${keys.join(', ')}`);
}
