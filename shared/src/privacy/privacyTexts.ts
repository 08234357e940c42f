import type { Language } from '../model/keys.ts';
import { PERSON_KEY_KINDS, type PersonKeyProblem } from './personKey.ts';

type ProblemTexts = { [P in PersonKeyProblem as P['code']]: (problem: P) => string };

const EXAMPLES = 'email:li.lei@example.com, phone:139 1234 5678, wechat:li_lei88, id:C001, account:tb_lilei';

const PROBLEMS: Record<Language, ProblemTexts> = {
  zh: {
    'key-no-kind': (p) =>
      `“${p.text}”没有写明是哪种标识。请写成 类型:值，类型为 ${PERSON_KEY_KINDS.join('、')}，例如 ${EXAMPLES}。`,
    'key-unknown-kind': (p) =>
      `不认识的标识类型“${p.kind}”。可用的类型：${PERSON_KEY_KINDS.join('、')}（也可写 邮箱、手机、电话、微信、编号、账号、旺旺）。`,
    'key-empty': (p) => `“${p.kind}:”后面没有值。`,
    'key-bad-email': (p) => `“${p.text}”不是有效的邮箱地址（例如 li.lei@example.com）。`,
    'key-bad-phone': (p) =>
      `“${p.text}”不是有效的电话号码（没有国家代码的号码按 ${p.region} 读取；可写 +86 139 1234 5678）。`,
  },
  en: {
    'key-no-kind': (p) =>
      `"${p.text}" does not say what kind of key it is. Write kind:value with kind one of ${PERSON_KEY_KINDS.join(', ')}, e.g. ${EXAMPLES}.`,
    'key-unknown-kind': (p) =>
      `Unknown kind of key "${p.kind}". Use one of ${PERSON_KEY_KINDS.join(', ')} (邮箱, 手机, 电话, 微信, 编号, 账号 and 旺旺 work too).`,
    'key-empty': (p) => `Nothing follows "${p.kind}:".`,
    'key-bad-email': (p) => `"${p.text}" is not a valid email address (e.g. li.lei@example.com).`,
    'key-bad-phone': (p) =>
      `"${p.text}" is not a valid phone number (numbers without a country code are read as ${p.region}; write e.g. +86 139 1234 5678).`,
  },
};

/** Why a key could not be read, in the user's language. */
export function personKeyProblemText(problem: PersonKeyProblem, language: Language): string {
  const texts = PROBLEMS[language] as Record<string, (p: PersonKeyProblem) => string>;
  return (texts[problem.code] as (p: PersonKeyProblem) => string)(problem);
}

/** What replaces an erased person's name, email … inside a longer text. */
export const ERASURE_MARKER: Record<Language, string> = { zh: '[已删除]', en: '[erased]' };
