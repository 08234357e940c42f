import type { Language } from '../model/keys.ts';
import type { CustomerRecord } from '../model/records.ts';
import { fillTemplate } from './fillTemplate.ts';
import { FRAGMENTS } from './templates.ts';

/** Names listed in a batch's reason; the sheet's customer cells list every one. */
const NAMES_IN_REASON = 8;

/** "王芳、李明 等 12 位" / "Wang Fang, Li Ming and 12 more": who a batch covers, at a glance. */
export function batchNames(members: readonly CustomerRecord[], language: Language): string {
  const names = members.slice(0, NAMES_IN_REASON).map((m) => m.name ?? m.id ?? `#${m.row}`);
  const more = members.length - names.length;
  return (
    names.join(FRAGMENTS.nameJoin[language]) +
    (more > 0 ? fillTemplate(FRAGMENTS.andMore[language], { count: more }) : '')
  );
}
