// The page extractor on the fixture pages (Chinese 联系我们 page with decoy numbers,
// JSON-LD team page, microdata, hCard, a link-heavy page, a generated 10,000-element page).
import { readFileSync } from 'node:fs';
import {
  type DocumentLike,
  describeEvidence,
  type ExtractedContact,
  extractContacts,
  extractPage,
} from '@crm/shared';
import { parseHTML } from 'linkedom';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { generateLargePage } from './fixtures/pages/largePage.ts';

/** linkedom is far slower than a browser, and tests share the machine: no time budget here. */
const UNHURRIED = { timeBudgetMs: 60_000 };

function page(file: string, region: string, url = 'https://www.example.com/contact'): ExtractedContact[] {
  const html = readFileSync(new URL(`./fixtures/pages/${file}`, import.meta.url), 'utf8');
  return extractContacts(parseHTML(html).document, { region, url, ...UNHURRIED });
}

/** The fields the side panel shows, without evidence and confidence. */
function fields(c: ExtractedContact) {
  return {
    name: c.name,
    title: c.title,
    organization: c.organization,
    emails: c.emails,
    phones: c.phones,
  };
}

function allPhones(contacts: ExtractedContact[]): string[] {
  return contacts.flatMap((c) => c.phones);
}

describe('DocumentLike', () => {
  it('is satisfied by a browser Document and by linkedom', () => {
    expectTypeOf<Document>().toExtend<DocumentLike>();
    expectTypeOf(parseHTML('<p></p>').document).toExtend<DocumentLike>();
  });
});

describe('Chinese 联系我们 page', () => {
  const contacts = page('contact-us-zh.html', 'CN', 'https://www.yuanfan-sc.com/contact');

  it('finds the sales contact with her title, company, mobile and email', () => {
    expect(contacts.map(fields)).toContainEqual({
      name: '陈静',
      title: '华东区销售经理',
      organization: '上海远帆供应链管理有限公司',
      emails: ['chen.jing@yuanfan-sc.com'],
      phones: ['+8613912345678'],
    });
  });

  it('gives the hotlines, switchboard and service email to one organisation-level contact', () => {
    const org = contacts.find((c) => c.name === null);
    expect(org).toMatchObject({
      name: null,
      title: null,
      organization: '上海远帆供应链管理有限公司',
      emails: ['service@yuanfan-sc.com'],
      address: '上海市浦东新区张江路 88 号远帆大厦 12 楼',
    });
    expect(org?.phones.toSorted()).toEqual(['+862162345678', '+864008208820', '+864008208821']);
    expect(org?.urls).toEqual(['https://weibo.com/yuanfansc', 'https://mp.weixin.qq.com/s/AbCdEfGh123']);
  });

  it('finds exactly these two contacts', () => {
    expect(contacts).toHaveLength(2);
  });

  it.each([
    ['the fax number', '+862162345679'],
    ['the order number', '+862024031500123'],
    ['the member number that looks like a mobile', '+8613787654321'],
    ['the postal code', '+86201203'],
    ['the ICP licence number', '+8612345678'],
    ['the public-security filing number', '+8631011502001234'],
    ['the bank account', '+86121908765432101'],
    ['the timestamp', '+861710489600'],
    ['the hidden internal number', '+8613900001111'],
    ['the number in a script', '+8613800000000'],
  ])('never takes %s as a phone', (_, phone) => {
    expect(allPhones(contacts)).not.toContain(phone);
  });

  it('never takes the hidden test email or the retina logo name', () => {
    const emails = contacts.flatMap((c) => c.emails);
    expect(emails).not.toContain('test@example.com');
    expect(emails.some((e) => e.includes('png'))).toBe(false);
  });

  it('says where each contact was found', () => {
    const chen = contacts.find((c) => c.name === '陈静');
    expect(chen?.source).toBe('link');
    expect(chen?.evidence).toEqual([
      {
        kind: 'link',
        link: 'mailto',
        place: { landmark: 'section', selector: '.departments' },
        heading: '销售部',
        cap: null,
      },
    ]);
    expect(describeEvidence(chen?.evidence ?? [], 'en')).toBe(
      'mailto link in .departments near heading "销售部"',
    );
    expect(describeEvidence(chen?.evidence ?? [], 'zh')).toBe(
      '邮件链接，位于 .departments，在标题“销售部”下',
    );
    const company = contacts.find((c) => c.name === null);
    expect(company?.evidence).toContainEqual(expect.objectContaining({ kind: 'text', heading: '联系我们' }));
    expect(describeEvidence(company?.evidence ?? [], 'en')).toContain('text near heading "联系我们"');
  });
});

describe('JSON-LD team page', () => {
  const contacts = page('team-jsonld.html', 'GB', 'https://northwind-analytics.com/team');

  it('reads every Person of the @graph with the organisation from worksFor', () => {
    expect(contacts.filter((c) => c.name !== null).map(fields)).toEqual([
      {
        name: 'Amelia Clarke',
        title: 'Chief Executive Officer',
        organization: 'Northwind Analytics Ltd.',
        emails: ['amelia.clarke@northwind-analytics.com'],
        phones: [],
      },
      {
        name: 'Rahul Mehta',
        title: 'Head of Data Engineering',
        organization: 'Northwind Analytics Ltd.',
        emails: ['rahul.mehta@northwind-analytics.com'],
        phones: ['+447911123456'],
      },
      {
        name: 'Sophie Laurent',
        title: 'Account Director',
        organization: 'Northwind Analytics Ltd.',
        emails: ['sophie.laurent@northwind-analytics.com'],
        phones: [],
      },
      {
        name: 'Wei Zhang',
        title: 'Senior Analyst',
        organization: 'Northwind Analytics Ltd.',
        emails: ['wei.zhang@northwind-analytics.com'],
        phones: [],
      },
      {
        name: 'Olivia Brown',
        title: 'Office Manager',
        organization: 'Northwind Analytics Ltd.',
        emails: [],
        phones: ['+442079460321'],
      },
    ]);
  });

  it('merges the visible team cards into the JSON-LD people and raises their confidence', () => {
    const amelia = contacts.find((c) => c.name === 'Amelia Clarke');
    expect(amelia?.source).toBe('json-ld');
    expect(amelia?.evidence).toEqual([
      {
        kind: 'schema-org',
        syntax: 'json-ld',
        role: 'person',
        type: 'Person',
        contactPoint: null,
        place: null,
      },
      {
        kind: 'link',
        link: 'mailto',
        place: { landmark: 'article', selector: '.team-member' },
        heading: 'Amelia Clarke',
        cap: null,
      },
    ]);
    expect(describeEvidence(amelia?.evidence ?? [], 'en')).toBe(
      'JSON-LD Person; mailto link in .team-member near heading "Amelia Clarke"',
    );
    expect(amelia?.confidence).toBeGreaterThan(contacts.find((c) => c.name === 'Wei Zhang')?.confidence ?? 1);
    expect(amelia?.urls).toEqual(['https://www.linkedin.com/in/ameliaclarke']);
  });

  it('keeps the organisation ContactPoint as an organisation-level contact', () => {
    expect(contacts.find((c) => c.name === null)).toMatchObject({
      organization: 'Northwind Analytics Ltd.',
      emails: ['hello@northwind-analytics.com'],
      phones: ['+442079460958'],
      source: 'json-ld',
      evidence: [
        {
          kind: 'schema-org',
          syntax: 'json-ld',
          role: 'organization',
          type: 'Organization',
          contactPoint: { contactType: 'customer service' },
          place: null,
        },
      ],
    });
  });

  it('orders candidates by confidence, structured data first', () => {
    const confidences = contacts.map((c) => c.confidence);
    expect(confidences).toEqual([...confidences].sort((a, b) => b - a));
    for (const c of confidences) expect(c).toBeGreaterThan(0.8);
  });
});

describe('microdata page', () => {
  const contacts = page('microdata.html', 'CN');

  it('reads the LocalBusiness and its employees, nested itemscope included', () => {
    expect(contacts.map(fields)).toEqual([
      {
        name: null,
        title: null,
        organization: '杭州青禾茶业有限公司',
        emails: ['shop@qinghe-tea.cn'],
        phones: ['+8657187654321'],
      },
      {
        name: '周雨桐',
        title: '采购经理',
        organization: '杭州青禾茶业有限公司',
        emails: ['zhou.yutong@qinghe-tea.cn'],
        phones: ['+8613656781234'],
      },
      {
        name: 'Tom Becker',
        title: 'Export Sales Manager',
        organization: '杭州青禾茶业有限公司',
        emails: [],
        phones: ['+493012345678'],
      },
    ]);
    expect(contacts[0]?.address).toBe('西湖区龙井路 18 号, 杭州市, 310013');
    expect(contacts[2]?.urls).toEqual(['https://www.linkedin.com/in/tom-becker-tea']);
    expect(contacts.every((c) => c.source === 'microdata')).toBe(true);
  });

  it('says which schema.org type each came from (the employees sit in a bare <div>, named by nothing)', () => {
    expect(contacts.map((c) => c.evidence.slice(0, 1))).toEqual([
      [
        {
          kind: 'schema-org',
          syntax: 'microdata',
          role: 'organization',
          type: 'LocalBusiness',
          contactPoint: null,
          place: null,
        },
      ],
      [
        {
          kind: 'schema-org',
          syntax: 'microdata',
          role: 'person',
          type: 'Person',
          contactPoint: null,
          place: null,
        },
      ],
      [
        {
          kind: 'schema-org',
          syntax: 'microdata',
          role: 'person',
          type: 'Person',
          contactPoint: null,
          place: null,
        },
      ],
    ]);
    expect(contacts.map((c) => describeEvidence(c.evidence.slice(0, 1), 'zh'))).toEqual([
      '微数据中的机构',
      '微数据中的人员',
      '微数据中的人员',
    ]);
    // The visible card read as text too, named by its class and heading.
    expect(describeEvidence(contacts[1]?.evidence ?? [], 'en')).toBe(
      'microdata Person; tel link in .person-card near heading "周雨桐"',
    );
  });
});

describe('hCard page', () => {
  const contacts = page('hcard.html', 'CN', 'https://summit.example.org/speakers');

  it('reads h-card v2 and v1 vcard', () => {
    expect(contacts.map(fields)).toEqual([
      {
        name: 'María González',
        title: 'VP Engineering',
        organization: 'Freightly Inc.',
        emails: ['maria@freightly.io'],
        phones: ['+14155550132'],
      },
      {
        name: '赵立新',
        title: '首席技术官',
        organization: '深圳海港物流科技有限公司',
        emails: ['zhao.lixin@haigang-logistics.com'],
        phones: ['+8675588886666'],
      },
      { name: 'Kenji Sato', title: null, organization: null, emails: [], phones: [] },
    ]);
    expect(contacts[0]?.urls).toEqual(['https://maria-gonzalez.dev/', 'https://github.com/mgonzalez']);
    expect(contacts[2]?.urls).toEqual(['https://twitter.com/kenji_sato']);
    expect(contacts.every((c) => c.source === 'h-card')).toBe(true);
    expect(contacts.map((c) => describeEvidence(c.evidence.slice(0, 1), 'en'))).toEqual([
      'h-card',
      'h-card (vcard)',
      'h-card',
    ]);
  });
});

describe('link-heavy page', () => {
  const contacts = page('link-heavy.html', 'US', 'https://harbourline.com/contact');

  it('finds the two regional managers with their profiles', () => {
    const people = contacts.filter((c) => c.name !== null);
    expect(people.map((c) => ({ ...fields(c), urls: c.urls }))).toEqual([
      {
        name: 'Daniel Okafor',
        title: 'Regional Manager, West Africa',
        organization: 'Harbourline Freight LLC',
        emails: ['daniel.okafor@harbourline.com'],
        phones: ['+2348031234567'],
        urls: ['https://www.linkedin.com/in/danielokafor'],
      },
      {
        name: 'Hannah Schmidt',
        title: 'Regional Director DACH',
        organization: 'Harbourline Freight LLC',
        emails: ['hannah.schmidt@harbourline.com'],
        phones: ['+4940123456789'],
        urls: ['https://x.com/hannah_ships'],
      },
    ]);
  });

  it('puts department mailboxes, the toll-free line and the company profiles on the organisation', () => {
    const org = contacts.filter((c) => c.name === null);
    expect(org).toHaveLength(1);
    expect(org[0]?.phones.toSorted()).toEqual(['+13125550147', '+18005550199']);
    expect(org[0]).toMatchObject({
      organization: 'Harbourline Freight LLC',
      emails: ['sales@harbourline.com', 'support@harbourline.com', 'press@harbourline.com'],
      urls: [
        'https://www.linkedin.com/company/harbourline-freight',
        'https://www.facebook.com/harbourlinefreight',
        'https://x.com/harbourline',
        'https://www.youtube.com/@harbourline',
      ],
    });
  });

  it('ignores share buttons, booking references, invoice numbers and dates', () => {
    const urls = contacts.flatMap((c) => c.urls);
    expect(urls.some((u) => u.includes('sharer') || u.includes('intent'))).toBe(false);
    expect(allPhones(contacts).some((p) => p.includes('100234567') || p.includes('2024'))).toBe(false);
  });
});

describe('generated 10,000-element page', () => {
  const { html, people } = generateLargePage(10_000);
  const { document } = parseHTML(html);

  it('has about 10,000 elements', () => {
    expect(document.querySelectorAll('*').length).toBeGreaterThanOrEqual(9_500);
  });

  it('finds every staff card and no decoy number', () => {
    const contacts = extractContacts(document, { region: 'CN', ...UNHURRIED });
    for (const p of people) {
      expect(contacts.map(fields)).toContainEqual(
        expect.objectContaining({ name: p.name, emails: [p.email], phones: [p.phone] }),
      );
    }
    expect(contacts).toHaveLength(people.length);
  });

  it('stops when its time budget runs out, says so, and keeps what it read so far', () => {
    // A clock that advances 1 ms per look: the walk looks every 256 nodes.
    let ms = 0;
    const result = extractPage(document, { region: 'CN', timeBudgetMs: 20, now: () => ms++ });
    expect(result.truncated).toBe(true);
    expect(result.contacts.length).toBeGreaterThan(0);
    expect(result.contacts.length).toBeLessThan(people.length);
    expect(extractPage(document, { region: 'CN', ...UNHURRIED }).truncated).toBe(false);
  });
});

describe('a walk cut short inside a long section', () => {
  const card = (name: string, n: number) =>
    `<div class="staff-card"><h3>${name}</h3><p>手机：139 1003 ${6000 + n}</p>` +
    `<p>邮箱：<a href="mailto:staff${n}@yuanfan-sc.com">staff${n}@yuanfan-sc.com</a></p></div>`;
  // About 6,000 nodes of filler between the cards: the walk, which looks at the clock every 256
  // nodes, runs out of its share of the budget inside it.
  const filler = `<div class="news">${'<span>行业动态</span>\n'.repeat(3_000)}</div>`;
  const html =
    `<html lang="zh-CN"><body><section class="directory">${card('王芳', 1)}${filler}${card('李娜', 2)}</section>` +
    `${filler}${card('张伟', 3)}<footer><p>联系人：赵敏 手机：139 1003 6004</p></footer></body></html>`;
  const { document } = parseHTML(html);

  it('reads the cards and footer after the cut, inside the section it stopped in and after it', () => {
    let ms = 0;
    const result = extractPage(document, { region: 'CN', timeBudgetMs: 20, now: () => ms++ });
    expect(result.truncated).toBe(true);
    const names = result.contacts.map((c) => c.name).sort();
    expect(names).toEqual(['张伟', '李娜', '王芳', '赵敏'].sort());
  });
});

describe('a sentence sending the reader to several people in turn', () => {
  const html = (body: string) => `<!DOCTYPE html><html lang="zh-CN"><body>${body}</body></html>`;
  const read = (body: string) =>
    extractContacts(parseHTML(html(body)).document, {
      region: 'CN',
      url: 'https://www.example.cn/contact',
      ...UNHURRIED,
    }).map((c) => [c.name, c.phones]);

  it('gives each the number written after their name', () => {
    expect(read('<p>区域客户：华东区请找周经理 139 0571 2286，华南区请找吴经理 136 2288 5109。</p>')).toEqual(
      [
        ['周经理', ['+8613905712286']],
        ['吴经理', ['+8613622885109']],
      ],
    );
  });

  it('reads a name before a bracket of numbers (联系业务经理陈立伟（手机 …）)', () => {
    expect(read('<p>如需定制，请联系业务经理陈立伟（手机 138 5716 4420，微信同号）。</p>')).toEqual([
      ['陈立伟', ['+8613857164420']],
    ]);
  });

  it('gives the next person the number their name follows in brackets (WhatsApp …（陳小姐）)', () => {
    expect(
      extractContacts(
        parseHTML(
          '<!DOCTYPE html><html lang="zh-HK"><body><p>有意請致電梁生 9876 5432，或 WhatsApp 6123 4567（陳小姐）。</p></body></html>',
        ).document,
        {
          region: 'HK',
          url: 'https://www.example.hk/listing',
          ...UNHURRIED,
        },
      ).map((c) => [c.name, c.phones]),
    ).toEqual([
      ['梁生', ['+85298765432']],
      ['陳小姐', ['+85261234567']],
    ]);
  });

  it('keeps two numbers that a sentence gives no name for off any person', () => {
    const cards = read('<p>请拨打 139 0571 2286 或 136 2288 5109 咨询，工作日 9:00-18:00。</p>');
    expect(cards.every(([name]) => name === null)).toBe(true);
  });
});

describe('people a page gives only a WeChat id for', () => {
  const read = (body: string) =>
    extractContacts(parseHTML(`<!DOCTYPE html><html lang="zh-CN"><body>${body}</body></html>`).document, {
      region: 'CN',
      url: 'https://www.qimu-home.com/team/',
      ...UNHURRIED,
    }).map((c) => [c.name, c.phones, c.wechat]);

  /** A designer's card as a 全屋定制 site draws it: her fees and works, her WeChat's QR code aside. */
  const designer = (name: string, contact: string, works = '万科云城二期 98㎡ 北欧风') => `
    <div class="designer-item">
      <div class="d-info"><h3><a href="/designer/7.html">${name}</a></h3><span>主案设计师</span>
        <ul><li>从业年限：<em>9年</em></li><li>擅长风格：北欧、日式原木</li><li>服务门店：福田体验馆</li>
        <li>设计费：<em>¥180/㎡</em></li></ul>
        <p>设计理念：留白是给生活预留的位置。</p><p><b>代表作品：</b>${works}</p></div>
      <div class="d-side"><div class="d-qr"><img src="/qr.png" alt=""><p>${contact}</p></div>
        <a href="/yuyue/?did=7">预约TA设计</a></div>
    </div>`;

  it('keeps a card with the name and the WeChat id, whatever its label', () => {
    expect(read(designer('林晓雯', '微信：lxw_qimu2016') + designer('何家乐', '微信号：hejiale_qm'))).toEqual(
      [
        ['林晓雯', [], 'lxw_qimu2016'],
        ['何家乐', [], 'hejiale_qm'],
      ],
    );
    expect(read('<p>联系人：王小明</p><p>WeChat ID: wxm_2016</p>')).toEqual([['王小明', [], 'wxm_2016']]);
  });

  it('reads a 小区 among the works as no one, and the QR code’s 同手机号 as the mobile', () => {
    expect(
      read(
        designer('郑佩珊', '扫码加微信（同手机号）', '卓越维港 128㎡ 软装陈设').replace(
          '<p>设计理念',
          '<p>手机：137-2435-8816</p><p>设计理念',
        ),
      ),
    ).toEqual([['郑佩珊', ['+8613724358816'], '13724358816']]);
  });

  it('takes no mailbox, number or 公众号 for a WeChat id', () => {
    expect(
      read(
        '<p>联系人：王小明</p><p>微信：13812345678</p><p>微信公众号：qimuhome</p><p>邮箱：wechat@qimu-home.com</p>',
      ),
    ).toEqual([['王小明', ['+8613812345678'], '13812345678']]);
  });
});

describe('lines a card reaches its person on through the company', () => {
  const read = (body: string, lang = 'en-US', region = 'US') =>
    extractContacts(parseHTML(`<!DOCTYPE html><html lang="${lang}"><body>${body}</body></html>`).document, {
      region,
      url: 'https://www.brazosridgeford.com/dealership/staff.htm',
      ...UNHURRIED,
    }).map((c) => [c.name, c.phones, c.emails]);

  const staff = (name: string, title: string, contact: string) => `
    <div class="staff-member"><h3 class="staff-name">${name}</h3><p class="staff-title">${title}</p>${contact}</div>`;

  it('dials an extension alone on the line its department’s heading gives, and no other', () => {
    const cards = read(`
      <section><h2>Sales <small>(512) 555-0140</small></h2>
        ${staff('Greg Hollister', 'General Manager', '<p>Direct: <a href="tel:5125550112">(512) 555-0112</a></p>')}
        ${staff('Kayla Nguyen', 'Sales &amp; Leasing Consultant', '<p>Ext. 221</p><p><a href="mailto:sales@brazosridgeford.com">Email Kayla</a></p>')}</section>
      <section><h2>Finance</h2>
        ${staff('Rick Delgado', 'Finance Manager', '<p>Ext. 305</p><p><a href="mailto:rdelgado@brazosridgeford.com">Email Rick</a></p>')}</section>`);
    expect(cards).toContainEqual(['Greg Hollister', ['+15125550112'], []]);
    expect(cards).toContainEqual(['Kayla Nguyen', ['+15125550140'], []]);
    // Finance gives no line of its own: Rick's extension is on none the page names.
    expect(cards).toContainEqual(['Rick Delgado', [], ['rdelgado@brazosridgeford.com']]);
  });

  it('gives the company a hotline a person’s WhatsApp button dials, and the person their own', () => {
    const cards = read(
      staff(
        'Ong Mei Ling 王美玲',
        'Sales Coordinator',
        `<p>Tel: +604-644 8270 ext. 112<br>Email: <a href="mailto:meiling.ong@keehuat.com.my">meiling.ong@keehuat.com.my</a></p>
         <a class="kh-wa" href="https://wa.me/60124486270">WhatsApp (Sales Hotline)</a>`,
      ) +
        staff(
          'Daniel Koh 许家荣',
          'Regional Sales Manager',
          '<p>H/P: 011-2687 4401</p><a href="https://wa.me/6596832140">WhatsApp Daniel</a>',
        ),
      'en-MY',
      'MY',
    );
    expect(cards).toContainEqual(['Ong Mei Ling 王美玲', ['+6046448270'], ['meiling.ong@keehuat.com.my']]);
    expect(cards).toContainEqual(['Daniel Koh 许家荣', ['+601126874401', '+6596832140'], []]);
    expect(cards.find(([name]) => name === null)?.[1]).toContain('+60124486270');
  });
});

describe('an office’s line on a person’s card', () => {
  it('is the office’s, where the page gives the office that line and the person one of their own', () => {
    const html = `<!DOCTYPE html><html lang="en-ZA"><body>
      <ul><li><h2>Priya Naidoo</h2><p><strong>Sales Representative</strong> – Gauteng</p>
        <p>Office: <a href="tel:+27114632218">011 463 2218</a> · Cell: <a href="tel:+27762250193">076-225-0193</a><br>
        <a href="mailto:priya@kleinvleikloof.co.za">priya@kleinvleikloof.co.za</a></p></li></ul>
      <div class="accordion"><h4>Gauteng sales office</h4>
        <p>Unit 4, 170 Curzon Road, Bryanston 2191<br>Tel <a href="tel:+27114632218">011 463 2218</a><br>
        <a href="mailto:accounts@kleinvleikloof.co.za">accounts@kleinvleikloof.co.za</a></p></div></body></html>`;
    const cards = extractContacts(parseHTML(html).document, {
      region: 'ZA',
      url: 'https://www.kleinvleikloof.co.za/contact',
      ...UNHURRIED,
    }).map((c) => [c.name, c.phones, c.emails]);
    expect(cards).toContainEqual(['Priya Naidoo', ['+27762250193'], ['priya@kleinvleikloof.co.za']]);
    expect(cards.find(([name]) => name === null)?.[1]).toContain('+27114632218');
  });
});

describe('a branch’s mailbox named after its place', () => {
  const read = (body: string) =>
    extractContacts(parseHTML(`<!DOCTYPE html><html lang="es-ES"><body>${body}</body></html>`).document, {
      region: 'ES',
      url: 'https://www.suministrosarriaga.es/contacto/',
      ...UNHURRIED,
    }).map((c) => [c.name, c.phones, c.emails]);

  it('is the company’s, where the branch’s manager is reached on its line by his extension', () => {
    const cards = read(`
      <div class="et_pb_blurb"><h4>Delegación Navarra · Noáin</h4>
        <p>Polígono Talluntxe II, Calle M, nave 21<br>31110 Noáin (Navarra)</p>
        <p><strong>Tel.:</strong> <a href="tel:+34948317205">948 31 72 05</a><br>
        <strong>Email:</strong> <a href="mailto:pamplona@suministrosarriaga.es">pamplona@suministrosarriaga.es</a></p>
        <p>Responsable de la delegación:<br><strong>Javier Ruiz Sáenz</strong> (ext. 21)</p>
        <p>A 5 minutos del aeropuerto de Pamplona, salida 2 de la A-15.</p></div>`);
    expect(cards).toContainEqual(['Javier Ruiz Sáenz', ['+34948317205'], []]);
  });

  it('is not a mailbox named after its person, or after the job their title gives', () => {
    const cards = read(`
      <div class="team"><h4>Javier Ruiz</h4><p>Voluntariado</p>
        <p><a href="mailto:javier@suministrosarriaga.es">javier@suministrosarriaga.es</a></p></div>
      <div class="team"><h4>Ane Goikoetxea</h4><p>Responsable de Compras Bilbao</p>
        <p><a href="mailto:bilbao@suministrosarriaga.es">bilbao@suministrosarriaga.es</a></p></div>`);
    expect(cards).toContainEqual(['Javier Ruiz', [], ['javier@suministrosarriaga.es']]);
    expect(cards).toContainEqual(['Ane Goikoetxea', [], ['bilbao@suministrosarriaga.es']]);
  });
});

describe('a function’s mailbox in a table row of the unit it is named after', () => {
  const read = (rows: string) =>
    extractContacts(
      parseHTML(`<!DOCTYPE html><html lang="tr"><body><table class="table birim-tablosu">
        <thead><tr><th>Birim</th><th>Yetkili</th><th>Telefon</th><th>E-posta</th></tr></thead>
        <tbody>${rows}</tbody></table></body></html>`).document,
      { region: 'TR', url: 'https://www.korfezakis.com.tr/iletisim/', ...UNHURRIED },
    ).map((c) => [c.name, c.phones, c.emails]);

  it('is the unit’s, where the row’s person has a line of their own', () => {
    const cards = read(`
      <tr><td>Muhasebe / Finans</td><td>Sevgi Karaca</td><td>0 (532) 614 27 90</td>
        <td><a href="mailto:muhasebe@korfezakis.com.tr">muhasebe@korfezakis.com.tr</a></td></tr>`);
    expect(cards).toContainEqual(['Sevgi Karaca', ['+905326142790'], []]);
    expect(cards.find(([name]) => name === null)?.[2]).toContain('muhasebe@korfezakis.com.tr');
  });

  it('is the person’s where the mailbox names no unit of the row', () => {
    const cards = read(`
      <tr><td>Satın Alma</td><td>Barış Öztürk</td><td>0 (532) 614 27 91</td>
        <td><a href="mailto:b.ozturk@korfezakis.com.tr">b.ozturk@korfezakis.com.tr</a></td></tr>
      <tr><td>Lojistik</td><td>Hüseyin Kılıç</td><td>0 (532) 614 27 92</td>
        <td><a href="mailto:satis@korfezakis.com.tr">satis@korfezakis.com.tr</a></td></tr>`);
    expect(cards).toContainEqual(['Barış Öztürk', ['+905326142791'], ['b.ozturk@korfezakis.com.tr']]);
    expect(cards).toContainEqual(['Hüseyin Kılıç', ['+905326142792'], ['satis@korfezakis.com.tr']]);
  });
});

describe('a company’s own card beside a person’s', () => {
  it('keeps a distributor’s card, headed by its name, apart from the maker’s manager beside it', () => {
    const html = `<!DOCTYPE html><html lang="en"><body><section><div class="container"><h2>USA &amp; Canada</h2>
      <div class="grid">
        <div class="contact-card partner"><p class="label">Sales &amp; Service Partner</p>
          <h3>Great Lakes Press Systems, Inc.</h3>
          <p>1450 Busse Road, Suite 200<br>Elk Grove Village, IL 60007, USA<br>
          Phone: <a href="tel:+18475550162">+1 (847) 555-0162</a><br>Fax: +1 (847) 555-0163<br>
          E-mail: <a href="mailto:sales@glpresssystems.com">sales@glpresssystems.com</a></p></div>
        <div class="contact-card"><p class="label">Your contact at Rothmaier</p><h3>Jonas Weber</h3>
          <p class="role">Area Sales Manager Americas</p>
          <p>Phone: +49 (0) 7121 9876-127<br>Mobile (US): +1 (312) 555-0148<br>E-mail: j.weber [at] rothmaier [dot] com</p></div>
      </div></div></section></body></html>`;
    const cards = extractContacts(parseHTML(html).document, {
      region: 'DE',
      url: 'https://www.rothmaier.com/en/contact/',
      ...UNHURRIED,
    }).map((c) => [c.name, c.phones, c.emails]);
    expect(cards).toContainEqual([
      'Jonas Weber',
      ['+4971219876127', '+13125550148'],
      ['j.weber@rothmaier.com'],
    ]);
    expect(cards).toContainEqual([null, ['+18475550162'], ['sales@glpresssystems.com']]);
  });
});

describe('a logistics firm’s header and its wholesale counters', () => {
  it('reads no one in a search button’s label spaced out as a name (查 询), and a counter’s phone as the counter’s', () => {
    const html = `<!DOCTYPE html><html lang="zh-CN"><body><header><form action="/yundan/" method="get">
      <input type="text" name="no" placeholder="请输入运单号查询"><button type="submit" class="btn">查 询</button></form>
      <div class="h-tel"><p>全国服务热线</p><strong>400-0539-156</strong></div></header>
      <table class="lx-table"><thead><tr><th>批发部</th><th>店长</th><th>手机</th><th>门店电话</th></tr></thead>
      <tbody><tr><td>日用百货批发部</td><td>徐艳</td><td>157 6393 4185</td><td>0539-8018633</td></tr>
      <tr><td>粮油副食批发部</td><td>杜建国</td><td>137 0539 3362</td><td>0539－8236471</td></tr></tbody></table></body></html>`;
    const cards = extractContacts(parseHTML(html).document, {
      region: 'CN',
      url: 'https://www.xinyitong56.com/lianxi/',
      ...UNHURRIED,
    }).map((c) => [c.name, c.phones]);
    expect(cards.map(([name]) => name)).not.toContain('查询');
    expect(cards).toContainEqual(['徐艳', ['+8615763934185']]);
    expect(cards).toContainEqual(['杜建国', ['+8613705393362']]);
  });
});
