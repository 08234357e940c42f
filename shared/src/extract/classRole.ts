// What an element's class attribute says: a person's card, the element holding a name, a job
// title or a company, or an icon that marks a fax number. Pages repeat a few class names
// thousands of times, so each distinct attribute value is tested once.

/** Class names of one person's or one office's card. */
const CARD_CLASS =
  /(?:^|[\s_-])(?:card|vcard|h-card|member|person|profile|employee|staff-item|contact-item|contact-card|people-item|author|speaker|bio|agent|office|branch|store-item|team-item)(?:[\s_-]|$)/i;
// A one-letter prefix is a common shorthand: .pname, .ptitle.
const NAME_CLASS = /(?:^|[\s_-])[a-z]?(?:name|fn|full-?name|person-name|member-name)(?:[\s_-]|$)/i;
const TITLE_CLASS = /(?:^|[\s_-])[a-z]?(?:title|job-?title|position|role|post|designation)(?:[\s_-]|$)/i;
const ORG_CLASS = /(?:^|[\s_-])(?:company|org|organi[sz]ation|employer|firm)(?:[\s_-]|$)/i;
/** An icon or element that marks a fax number: icon-fax, fa-fax, iconfont icon-chuanzhen. */
const FAX_CLASS = /(?:^|[\s_-])(?:fax|chuanzhen|facsimile)(?:[\s_-]|$)/i;
const HINT_CLASS = /name|fn|title|position|role|post|designation|company|org|employer|firm/i;
export interface ClassRole {
  card: boolean;
  hint: 'name' | 'title' | 'org' | null;
  /** The element marks what follows it as a fax number (a fax icon). */
  fax: boolean;
}
export const NO_CLASS: ClassRole = { card: false, hint: null, fax: false };
/** Pages repeat a few class names thousands of times: test each distinct one once. */
const classRoles = new Map<string, ClassRole>();

export function classRole(cls: string): ClassRole {
  let role = classRoles.get(cls);
  if (role === undefined) {
    const hint = !HINT_CLASS.test(cls)
      ? null
      : NAME_CLASS.test(cls)
        ? 'name'
        : TITLE_CLASS.test(cls)
          ? 'title'
          : ORG_CLASS.test(cls)
            ? 'org'
            : null;
    role = { card: CARD_CLASS.test(cls), hint, fax: FAX_CLASS.test(cls) };
    if (classRoles.size > 5000) classRoles.clear();
    classRoles.set(cls, role);
  }
  return role;
}
