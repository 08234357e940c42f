import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BlockBuilder } from './blockBuilder.ts';
import { factsOf, hungarianNominative } from './lineFacts.ts';
import type { Line } from './pageBlocks.ts';

/** One line of a page read in `region`, as the page walk builds it; `name` is marked as a name class. */
function lineOf(text: string, region: string, name?: string): Line {
  const builder = new BlockBuilder(region, undefined, false);
  if (name !== undefined) {
    const hint = builder.startHint('name');
    builder.text(name);
    if (hint !== null) builder.endHint(hint);
  }
  builder.text(text);
  const line = builder.finish().items[0];
  if (line?.kind !== 'line') throw new Error(`no line in ${text}`);
  return line;
}

const factsIn = (text: string, region = 'HK', name?: string) =>
  factsOf(lineOf(text, region, name), { notNames: new Set() });

describe('factsOf a line in traditional characters', () => {
  it.each([
    ['聯絡人：張淑芬', 'TW', { name: '張淑芬' }],
    ['連絡人：賴俊宏 課長', 'TW', { name: '賴俊宏', title: '課長' }],
    ['陳大文 董事總經理', 'HK', { name: '陳大文', title: '董事總經理' }],
    ['蕭嘉儀 客戶服務主任', 'HK', { name: '蕭嘉儀', title: '客戶服務主任' }],
    ['周經理 手機：+86 138 2695 1427 微信同號', 'HK', { name: '周經理', wechat: '13826951427' }],
    ['陳生 WhatsApp 9123 4567', 'HK', { name: '陳生' }],
    // A full name before 先生 whose last character is a surname too (明): the full name, not 明先生.
    ['物業經理　梁偉明先生　直線：2561 3372', 'HK', { name: '梁偉明' }],
    ['梁偉明先生 2561 3372', 'HK', { name: '梁偉明' }],
    // A list of sales contacts: the market they serve, the name and how to address them, an
    // extension of the office line, the mobile and the mailbox.
    [
      '國內業務　林怡君 小姐　分機 212　手機 0912-358-467　yijun.lin@yongchang-mc.com.tw',
      'TW',
      { name: '林怡君' },
    ],
    ['海外業務　張家豪 經理　分機 231　手機 0933-274-816', 'TW', { name: '張家豪', title: '經理' }],
    // The same with a colon after the market, or after a department.
    ['國內業務：林怡君 小姐　手機 0912-358-467', 'TW', { name: '林怡君' }],
    ['外贸部：刘丽 手机 139 2468 1357', 'CN', { name: '刘丽' }],
    // A shop's agents by the names they go by, beside what they do; such a word alone is no name.
    ['售前咨询｜小美', 'CN', { name: '小美' }],
    ['售后服务｜阿杰', 'CN', { name: '阿杰' }],
    ['客服｜小计', 'CN', { name: null }],
    // A department's own line names nobody.
    ['销售部：0755-8328 6601', 'CN', { name: null }],
    ['永昌國際貿易集團', 'HK', { organization: '永昌國際貿易集團' }],
    [
      '業務查詢：sales@wingcheong-trading.com',
      'HK',
      { name: null, companyEmails: ['sales@wingcheong-trading.com'] },
    ],
  ])('reads %s (%s) and gives its words back as written', (text, region, expected) => {
    expect(factsIn(text, region)).toMatchObject(expected);
  });

  it.each([
    ['地址：香港九龍觀塘開源道 55 號 12 樓', { address: '香港九龍觀塘開源道 55 號 12 樓' }],
    ['公司：永昌國際貿易集團', { organization: '永昌國際貿易集團' }],
    // Closed up, with its traditional characters.
    ['姓名：黃 芳', { name: '黃芳' }],
  ])('still reads the labelled value of %s as written', (text, expected) => {
    expect(factsIn(text)).toMatchObject(expected);
  });

  it('reads a name class in traditional characters', () => {
    expect(factsIn(' 銷售總監', 'MO', '何嘉欣')).toMatchObject({ name: '何嘉欣', title: '銷售總監' });
  });

  it('keeps a simplified name simplified on a line with a traditional title', () => {
    expect(factsIn('陈大文 董事總經理')).toMatchObject({ name: '陈大文', title: '董事總經理' });
  });
});

describe('factsOf the labels of notices, departments and offices', () => {
  it.each([
    // A procurement notice: what the person answers for before 联系人, and in brackets.
    ['项目联系人（询问）：周敏', 'CN', { name: '周敏' }],
    ['质疑联系人：何建平', 'CN', { name: '何建平' }],
    ['项目联系人（询问）：钱晓东、吴婷', 'CN', { name: '钱晓东', names: ['钱晓东', '吴婷'] }],
    // A department's label, then the person and their own labelled numbers.
    [
      '外贸业务：Linda 林晓燕　手机/微信：159 5792 3380　邮箱：linda@hengmei-jewelry.com',
      'CN',
      { name: 'Linda 林晓燕', companyPhones: [] },
    ],
    ['科研合作联系人：王振宇 博士，电话 13880427716', 'CN', { name: '王振宇', companyPhones: [] }],
    // The person named right before the company's line answers on it, by her extension.
    [
      '如对处理结果不满意，请致电客服主管陈女士：0571-8672 5500 转 8016（工作日 9:00-18:00），或发邮件至 kefu@xiaoyu-home.com。',
      'CN',
      { name: '陈女士', companyPhones: [] },
    ],
    [
      '如需开具发票，请在工作日拨打客服热线 0571-8672 5500，或发邮件至 kefu@xiaoyu-home.com。',
      'CN',
      { name: null, companyPhones: ['+8657186725500'] },
    ],
    // An estate's management office on a line of its own: its line, fax and mailbox are its own,
    // the mailbox under a label of no company's.
    [
      '管理處電話：2561 3370　傳真：2561 3379　電郵：kft.mo@kingsfield-pm.com.hk',
      'HK',
      { name: null, companyPhones: ['+85225613370'], companyEmails: ['kft.mo@kingsfield-pm.com.hk'] },
    ],
    [
      '客服热线：400-820-8820　邮箱：service@jiayi-crafts.com',
      'CN',
      { companyEmails: ['service@jiayi-crafts.com'] },
    ],
    // A person named on such a line has its numbers.
    ['售后：吴师傅 138 1234 5678　邮箱：wu@jiayi-crafts.com', 'CN', { name: '吴师傅', companyEmails: [] }],
    // A numbered section heading of a notice is nobody's job title.
    ['2.采购代理机构信息', 'CN', { name: null, title: null }],
    // An office's address after its label, the country of the numbers around it.
    [
      'Secretariat 秘书处: 190 Middle Road #10-05 Fortune Centre, Singapore 188979 · Tel 6225 8830',
      'SG',
      {
        name: null,
        address: '190 Middle Road #10-05 Fortune Centre, Singapore 188979',
        companyPhones: ['+6562258830'],
      },
    ],
    // A depot's line after its label and address; a Korean warehouse's, and the situation room
    // that answers day and night, in running text.
    [
      'Manisa Sevkiyat Deposu: Keçiliköy OSB Mah. 5. Sk. No: 3, 45030 Yunusemre / Manisa – Tel: 0 (236) 213 07 44',
      'TR',
      { name: null, companyPhones: ['+902362130744'] },
    ],
    ['창고 051-262-4410', 'KR', { companyPhones: ['+82512624410'] }],
    [
      '야간 · 주말 · 공휴일 긴급 선용품 공급은 24시간 상황실 010-9300-8800 (카카오톡 채널 상담 가능)으로 요청해 주십시오.',
      'KR',
      { name: null, companyPhones: ['+821093008800'] },
    ],
  ])('reads %s (%s)', (text, region, expected) => {
    expect(factsIn(text, region)).toMatchObject(expected);
  });
});

describe('factsOf running text that names whom to contact', () => {
  it.each([
    // A name after a department's label, before its mobile and mailbox.
    [
      '外贸询盘请联系外贸部：Lily 刘丽，手机/WhatsApp：+86 158 5792 3366，邮箱：lily@jiayi-crafts.com',
      'CN',
      'Lily 刘丽',
    ],
    // A title before the name, in an English sentence, then at and the mailbox.
    [
      'Packages from €4,900 (Bronze) to €38,000 (Platinum). Contact our sponsorship manager Emma Richter at emma.richter@dataweek.eu or +49 30 2847 6612.',
      'DE',
      'Emma Richter',
    ],
    // A biography opening with the name, a comma and what they do.
    ['陈思远，跨境链观察主笔，前某上市货代公司产品经理，关注跨境物流与供应链数字化。', 'CN', '陈思远'],
    // What she is before her name, in traditional characters, on a line short of running text.
    [
      '品牌合作與業配邀約請聯繫經紀人：林佩君，手機 0912-345-678，Email：peijun.lin@slowtrip.tw。',
      'TW',
      '林佩君',
    ],
    // The surname and how they are addressed, in the clause before the number.
    ['有意者请与张先生联系，电话 135 0599 1834。', 'CN', '张先生'],
    ['详情咨询李老师：186 0599 2207。', 'CN', '李老师'],
    ['企業大量訂購請洽業務陳小姐 0935-226-118，或來信 sales@maixiang-bakery.tw。', 'TW', '陳小姐'],
    // A job whose last characters read as a surname and an address (招商经理: 商经理) names
    // the person after it.
    ['招商经理：彭志远　手机：136 3261 9075', 'CN', '彭志远'],
    // Whom a number reaches, in brackets after it.
    ['訂購專線：02-2736-5518（林先生）', 'TW', '林先生'],
    // …after an extension, the department before the surname and how it is addressed.
    ['加盟商对账：0579-8552 3300 转 806（财务部许会计）', 'CN', '许会计'],
    // A title before the name, 先生 and a colon, then the number's label; his line and mailbox after.
    [
      '多店加盟及区域代理，请直接联系招商总监孙伟先生：手机 137 5792 0618，直线 0579-8552 3301，邮箱 sunwei@jianyoujia.com。',
      'CN',
      '孙伟',
    ],
    // Who leads something, by department and title, then the number.
    [
      '开业前后由运营督导部何小龙主管带队驻店指导，电话 152 6792 3318（开业当周24小时开机）。',
      'CN',
      '何小龙',
    ],
    // A Danish sentence: contact our coordinator, the name between commas, på and the number.
    [
      'Ønsker du en rundvisning, så kontakt vores marketingkoordinator, Mette Jensen, på 61 27 84 35 eller mj@skovgaard-agro.dk.',
      'DK',
      'Mette Jensen',
    ],
    // A Croatian sentence: get in touch with our specialist (the name in the dative), his degree.
    [
      'Za dijelove motora javite se našem specijalistu Nikoli Grubišiću, dipl. ing., na mob. 091 603 2859 ili na nikola.grubisic@navis-oprema.hr.',
      'HR',
      'Nikoli Grubišiću',
    ],
    // Co-ordinated by our manager, the name between commas; Md. for Muhammad.
    [
      'Plant visits and audits at Vatva are co-ordinated by our Works Manager, Mr. Dinesh Parmar, on 97129 40582.',
      'IN',
      'Dinesh Parmar',
    ],
    [
      'Buyers in Bangladesh may contact Mr. Md. Rafiqul Islam at +880 1711-548923 for local stock.',
      'IN',
      'Md. Rafiqul Islam',
    ],
    // A name and what the person does, then a bracket opening with Tel.
    [
      'Lab dips are carried out at Vatva under Dr. Kalpesh Joshi, Head – Technical Services (Tel. +91 79 2583 4417, Ext. 118).',
      'IN',
      'Kalpesh Joshi',
    ],
    // A title after a dash before Tel., and a department's mailbox given besides the person's.
    [
      'Please contact Ms. Vivian Huang (黄薇), Export Manager — Tel: +86-28-8558 2230 (direct), WhatsApp: +86 186 2810 4477, E-mail: vivian@hongjiuxiang.com. General inquiries: export@hongjiuxiang.com.',
      'CN',
      'Vivian Huang',
    ],
    // The firm a person is of; with our manager, an engineer and a middle initial; get in touch
    // with; on his direct line.
    [
      'Buyers can visit our agent’s showroom: please contact Ms. Karen Whitfield of Whitfield & Co. Home Furnishings at +1 (336) 882-4417.',
      'PH',
      'Karen Whitfield',
    ],
    [
      'Visits must be booked 3 working days ahead with our Plant Manager, Engr. Rogelio B. Cañete, on 0932 417 8856.',
      'PH',
      'Rogelio B. Cañete',
    ],
    [
      'For hotels and resorts, please get in touch with Mr. Alvin T. Sy, Project Sales Manager, at 0995-418-2260.',
      'PH',
      'Alvin T. Sy',
    ],
    [
      'Suppliers of rattan poles may call our Purchasing Officer, Mr. Noel Abarquez, on his direct line 032-346-2731.',
      'PH',
      'Noel Abarquez',
    ],
    // Norwegian: the contact person is; contact someone on the switchboard. Lithuanian: turn to.
    [
      'Kontaktperson er Eirik Johansen, mobil 464 02 917, e-post eirik.johansen@polarmarin.no.',
      'NO',
      'Eirik Johansen',
    ],
    [
      'Spørsmål om faktura: kontakt regnskapsansvarlig Bente Vik på sentralbordet 55 34 12 00, internnr. 150.',
      'NO',
      'Bente Vik',
    ],
    // Swedish: whom questions go to; the contact person after a colon. Argentine Spanish: consultá con.
    [
      'Frågor om tulldeklarationer besvaras av vår tullansvariga Anna Björk på 031-712 45 40 eller anna.bjork@arendalfrakt.se.',
      'SE',
      'Anna Björk',
    ],
    [
      'Fakturafrågor hanteras av vår ekonomichef Karin Wallin, tel. 031-7124500 ankn. 150, faktura@arendalfrakt.se.',
      'SE',
      'Karin Wallin',
    ],
    [
      'Para armar tu plan consultá con la Lic. Paula Oviedo, responsable de créditos y prendas, al 0351 475-8852.',
      'AR',
      'Paula Oviedo',
    ],
    // Japanese: a name its reading attests, in running text, perhaps with its extension in the brackets.
    [
      '加工テストのご相談は、技術部 課長代理の丹羽 大輔（にわ だいすけ）が承ります。直通 052(682)4131',
      'JP',
      '丹羽 大輔',
    ],
    [
      '請求書に関するお問い合わせは、代表 052-682-4100 へお電話のうえ、管理部 経理課 酒井 由紀子（さかい ゆきこ／内線301）をお呼び出しください。',
      'JP',
      '酒井 由紀子',
    ],
    // Norwegian: the name ending its sentence, the next saying where to reach them. English: the
    // name, then how to reach them. Lithuanian: the name after its job in the nominative.
    [
      'Reservedeler håndteres av vår reservedelsansvarlige Håkon Lie. Du når ham på 55 34 12 27 eller hakon.lie@puddefjordmarine.no.',
      'NO',
      'Håkon Lie',
    ],
    [
      'For urgent repairs call our 24/7 duty phone +47 975 34 120. Our key account manager Torstein Helland can be reached directly on +47 55 34 12 23.',
      'NO',
      'Torstein Helland',
    ],
    ['Salono vadovė Kristina Mockienė, mob. 8 618 90354', 'LT', 'Kristina Mockienė'],
    // Latvian: a job in the nominative or the dative the verb asks, the contact person after a dash.
    [
      'Klientus Liepājā, Ventspilī, Kuldīgā un Jelgavā apkalpo reģionālais pārstāvis Kaspars Ziediņš (Liepāja), mob. 29441873, e-pasts kaspars.ziedins@elektrolinija.lv.',
      'LV',
      'Kaspars Ziediņš',
    ],
    [
      'Par apjomīgiem iepirkumiem zvaniet projektu nodaļas vadītājam Mārim Jansonam, mob. 2944 6271, vai rakstiet maris.jansons@elektrolinija.lv.',
      'LV',
      'Mārim Jansonam',
    ],
    ['Salona vadītāja Evija Sproģe, mob. 25 733 914', 'LV', 'Evija Sproģe'],
    [
      'Partneris Igaunijā. Mūsu apgaismojuma sortimentu Igaunijā izplata OÜ Valgusmaailm (Peterburi tee 46, 11415 Tallinn, tel. +372 640 2215). Kontaktpersona – Margus Tamm, mob. +372 5341 8826, margus.tamm@valgusmaailm.ee.',
      'LV',
      'Margus Tamm',
    ],
    // Serbian, in Latin and in Cyrillic letters: the job and the name in the dative the verb asks.
    [
      'Preuzimanje robe na paletama najavite šefu magacina Zoranu Pavloviću na 063 851 2907 najmanje 24 sata ranije.',
      'RS',
      'Zoranu Pavloviću',
    ],
    [
      'За помоћ при обнови регистрације газдинства обратите се колегиници Бранки Јовић, директан телефон 021/6350-235, e-mail branka.jovic@agroravnica.rs.',
      'RS',
      'Бранки Јовић',
    ],
    ['Poslovođa: Atila Nađ (Nagy Attila), mob. 062/881-42-05 – magyarul is beszélünk.', 'RS', 'Atila Nađ'],
    // Chinese: a department and a title before the name; a title and 办理 after it.
    [
      '达人带货、直播合作请联系电商部直播运营吴思琪，手机 177-5091-3306，邮箱 wusq@fengmingtea.com。',
      'CN',
      '吴思琪',
    ],
    [
      '原产地证、卫生证书及报关资料由单证员蔡雅琳办理，电话 0592-5702328，单证邮箱 docs@fengmingtea.com；',
      'CN',
      '蔡雅琳',
    ],
    // English: the name in another script in brackets, the title between commas, then the messenger.
    [
      'For Japan, Southeast Asia and the EU please contact Ms. Wendy Lin (林晓雯), Export Manager, on WhatsApp +86 135 9908 4417.',
      'CN',
      'Wendy Lin',
    ],
    // Polish: direct to someone, named in the case the verb asks, what they do, then a colon.
    [
      'Pytania o proces rekrutacji kieruj do Joanny Mazur, Talent Acquisition Lead: kariera@smokbyte.pl, tel. 512 904 377 (pn.–pt. 9:00–16:00).',
      'PL',
      'Joanny Mazur',
    ],
    // A title written before a Chinese name, on to it, after a title's label.
    ['筹委会主席：署理会长郑文彬（012-907 3362）；订桌请联络秘书处。', 'MY', '郑文彬'],
    // Estonian: turn to someone, named in the genitive; the contact person; a name after its job.
    [
      'Eritellimusel projektide osas pöörduge meie peaarhitekti Kadri Vaheri poole telefonil 605 4441 või kirjutage kadri.vaher@mannisalumajad.ee.',
      'EE',
      'Kadri Vaheri',
    ],
    [
      'Kontaktisik Jari Kallio, mob +358 40 718 2264, jari.kallio@talotoimistokallio.fi.',
      'EE',
      'Jari Kallio',
    ],
    ['Tehase juhataja Tõnu Mets, mob. 509 2871', 'EE', 'Tõnu Mets'],
    [
      'Meedia ja koostöö: turundusjuht Eva-Maria Laur, tel (+372) 5811 2094, eva-maria.laur@mannisalumajad.ee.',
      'EE',
      'Eva-Maria Laur',
    ],
    // Czech: send the reader to someone, named in the accusative, on the switchboard.
    [
      'S dotazy k fakturám kontaktujte paní Zdeňku Malou na ústředně +420 541 212 300, linka 320.',
      'CZ',
      'Zdeňku Malou',
    ],
    // Mr. and a name, a licence number in brackets, then who also answers … on WhatsApp.
    [
      'All declarations (SGD) are filed by our licensed customs agent, Mr. Adewale Fashola (NCS Licence No. 0437), who also answers PAAR and Form M queries on WhatsApp: +234 818 209 4461 (chat only, no calls).',
      'NG',
      'Adewale Fashola',
    ],
    // A desk's label too long to read with its note, then Ms. and the name, a dash, the number.
    [
      'Accounts & Collections (statements, payment confirmations, VAT invoices): Ms. Priya D’Souza – 04 227 6600 Ext. 115 – accounts@gulfmeridian.ae',
      'AE',
      'Priya D’Souza',
    ],
    // Italian: the name first, then where to find them (lo trovate …), a colon between.
    [
      'Alessandro Gatti è spesso in viaggio presso i clienti: lo trovate anche su mobile / WhatsApp (+39) 348 903 2215.',
      'IT',
      'Alessandro Gatti',
    ],
    // Swahili: call someone named by their post, addressed as Bibi, by phone.
    [
      'Wakulima wa Kiambu wanaweza kumpigia Afisa wetu wa Ugani, Bi. Esther Nyokabi Kariuki, kwa simu 0768 215 390 kwa ushauri.',
      'KE',
      'Esther Nyokabi Kariuki',
    ],
    // Bwana before a name in an English sentence; the hours the line is answered after the number.
    [
      'To track a lorry, call our Transport Officer, Bw. Hassan Omar Abdalla, on 0110 447 203 (6:00 am – 6:00 pm).',
      'KE',
      'Hassan Omar Abdalla',
    ],
    // A name addressed, its Chinese in brackets, then on WhatsApp.
    [
      'For North America, Australia and New Zealand Mr. Kevin Song (宋凯) on WhatsApp +86 186 6198 3352.',
      'CN',
      'Kevin Song',
    ],
    // Greek: a name after what it is for, then its job; a name addressed as κα after a desk's label.
    [
      'Για την κυπριακή αγορά: Ανδρέας Χριστοδούλου, αντιπρόσωπος πωλήσεων Λευκωσίας, κιν. +357 99 538217, a.christodoulou@vermionfruit.gr.',
      'GR',
      'Ανδρέας Χριστοδούλου',
    ],
    [
      'Λογιστήριο. Για τιμολόγια και καρτέλες πελατών: κα Βασιλική Ρίζου, εσωτ. 140, accounting@vermionfruit.gr.',
      'GR',
      'Βασιλική Ρίζου',
    ],
    // Portuguese: Sra. before a name after a desk's label.
    [
      'Pedidos de 2.ª via de faturas, notas de crédito e extratos: Sra. Fernanda Rocha, 256 780 400 (ext. 240), faturacao@valedouima.pt.',
      'PT',
      'Fernanda Rocha',
    ],
    // A Japanese agent's line on a Chinese page: 担当, the name apart with its department, 携帯 after it.
    [
      '担当：中村 裕介（営業部）携帯：+81-90-4172-3856　E-mail：nakamura@hakata-marinefoods.co.jp',
      'CN',
      '中村 裕介',
    ],
    [
      'Accounting & payments: Ms. Gemma Abellana, CPA, Chief Accountant – (032) 346 2718 loc. 120 – accounting@alegrehome.com.ph.',
      'PH',
      'Gemma Abellana',
    ],
    // An English sentence sending the reader to someone directly at a number.
    [
      'For export bookings to Asia, please contact Erik Håkansson directly on +46 31 712 45 22.',
      'SE',
      'Erik Håkansson',
    ],
    [
      'Dėl pretenzijų kreipkitės į kokybės vadybininkę Gintarę Rimkutę: tel. (8 37) 45 21 00, vid. 150.',
      'LT',
      'Gintarę Rimkutę',
    ],
    // An English sentence: the name, its Chinese in brackets, the title, then WhatsApp / Tel.
    [
      'Overseas franchise: please contact Ms. Amy Zhou (周雅婷), Overseas Business Manager, WhatsApp / Tel: +86 131 5793 6602.',
      'CN',
      'Amy Zhou',
    ],
    // Text …, ask for … with a licence number between commas.
    [
      'Questions? Text Jenna Park at (415) 555-0142 or email jenna.park@baylinerealty.com.',
      'US',
      'Jenna Park',
    ],
    [
      'Pre-approval through our lending partner: ask for Carlos Mendez, NMLS #1837745, at cmendez@harborlend.com.',
      'US',
      'Carlos Mendez',
    ],
    // 师傅 after a surname, a job word before it (仓管).
    ['收货时间 8:00-17:00，到仓前请联系仓管黄师傅 137 2468 1357 预约卸货。', 'CN', '黄师傅'],
    // The department before the name, the title after it, without a colon.
    [
      '酒店批量采购请联系大客户部 刘晓峰 经理，手机 139 5716 2284，邮箱 liuxf@xiaoyu-home.com。',
      'CN',
      '刘晓峰',
    ],
    ['批量采购请联系刘晓峰经理，手机 139 5716 2284。', 'CN', '刘晓峰'],
    // What she is, then how she is addressed, a colon and the line she answers on.
    [
      '如对处理结果不满意，请致电客服主管陈女士：0571-8672 5500 转 8016（工作日 9:00-18:00）。',
      'CN',
      '陈女士',
    ],
    // A title before the name, the mailbox in brackets after it.
    [
      'Prospective PhD students should email Dr. Anita Desai (a.desai@bramwell.ac.uk) with a CV.',
      'GB',
      'Anita Desai',
    ],
    // A role with a comma before the name and after it.
    [
      'For weddings, speak with our office manager, Linda Cho, on (503) 555-0114 at least six months ahead.',
      'US',
      'Linda Cho',
    ],
    // A head of section, then the name in two scripts.
    [
      '国际班咨询请联系国际部主任 Kevin Zhou 周凯文，电话 0571-8765 4388，邮箱 kevin.zhou@qmfls.edu.cn。',
      'CN',
      'Kevin Zhou 周凯文',
    ],
    // The department before the name, the name's Latin form in brackets after it.
    [
      '外籍及商业保险患者：请联系国际医疗部周丽（Lily Zhou），手机 181 8066 3175，邮箱 intl@cdrkyy.com，可提供英文陪诊及商保直付。',
      'CN',
      '周丽',
    ],
    // What the person answers for, a colon, then the department and the person.
    ['企事业单位团体体检及合作：市场部 何俊，电话 180 0282 5591，邮箱 hejun@cdrkyy.com。', 'CN', '何俊'],
    ['商务合作：市场部何俊 180 0282 5591', 'CN', '何俊'],
    // A capitalised title with a comma before the name, and Ms. before it.
    [
      'Supplier registration & purchasing: please contact our Purchasing Executive, Ms. Tan Siew Hoon, at +604-644 8270 ext. 120 or purchasing@keehuat.com.my.',
      'MY',
      'Tan Siew Hoon',
    ],
    // Whom the line reaches by its extension, in brackets after it with their title.
    [
      '骨科护士站：028-8551 6600 转 8312（护士长 张敏）　住院咨询、术后复查预约请于工作日 8:00-17:30 来电',
      'CN',
      '张敏',
    ],
    ['訂購專線：02-2736-5518 分機 21（業務 林怡君）', 'TW', '林怡君'],
    // Her PA: a possessive and a title with a comma before the name.
    [
      'To book a first meeting with Rebecca, please contact her PA, Gemma Hirst, on 0113 245 8800 (ext. 230) or at gemma.hirst@whitcombehale.co.uk.',
      'GB',
      'Gemma Hirst',
    ],
    // The extension after the number is no part of the name.
    ['售后服务：周丽 0574-6288 3510 转 8021', 'CN', '周丽'],
    // A Hong Kong school's staff: the name, how it is addressed, then the name in English.
    ['陳大文校長Mr CHAN Tai Man', 'HK', '陳大文'],
    ['李嘉慧副校長 Ms LEE Ka Wai', 'HK', '李嘉慧'],
    ['吳嘉欣姑娘Miss NG Ka Yan', 'HK', '吳嘉欣'],
    // French: the person between commas, then that they answer on the number.
    [
      "Le responsable de l'atelier, Franck Dumas, répond directement au 04 78 90 52 31 pour les contrats de maintenance.",
      'FR',
      'Franck Dumas',
    ],
    // A title before its colon, with an elided article in it.
    ["Responsable d'agence : Olivier Reynaud – 06 74 33 58 21", 'FR', 'Olivier Reynaud'],
    // Czech: who answers, what they are between commas, then the number's label; or the person,
    // then that they can be reached on the line.
    [
      'Životopis pošlete na kariera@vlnkasystems.cz; na otázky k pozicím vám odpoví Kateřina Šimková, HR Business Partner, tel. 775 318 604.',
      'CZ',
      'Kateřina Šimková',
    ],
    [
      'Vedoucí podpory Radek Pospíšil je v pracovní dny k zastižení na přímé lince +420 541 212 340 nebo na radek.pospisil@vlnkasystems.cz – eskalace.',
      'CZ',
      'Radek Pospíšil',
    ],
    // An English card line with a name in both scripts: not running Chinese for its length.
    [
      'Mr. Wong Ka Ho 黃家豪 (Sales Manager) | Direct: +852 3156 7290 | Mobile: +852 9123 4567 | Email: kaho.wong@grandocean-hk.com',
      'HK',
      'Wong Ka Ho 黃家豪',
    ],
    // A desk's name, then the person who answers for it and their numbers; a remark in brackets.
    [
      'Spedizioni e magazzino – Roberto Ghidini – tel. 030 892 1440 – spedizioni@carminativalvole.it',
      'IT',
      'Roberto Ghidini',
    ],
    [
      'Amministrazione – Monica Belleri (contabilità clienti e fornitori) – tel. 030 892 1400 int. 402 – amministrazione@carminativalvole.it',
      'IT',
      'Monica Belleri',
    ],
    // Italian: the person between commas, then that they answer on the number.
    [
      'Il responsabile service, Fabio Rinaldi, risponde al numero 030.8921430 dal lunedì al venerdì.',
      'IT',
      'Fabio Rinaldi',
    ],
    // German: who answers, their title first, then that they do so at the number.
    [
      'Fragen zur Lehre beantwortet unser Lehrlingsbeauftragter Florian Reiter gerne persönlich unter +43 1 616 38 40-25.',
      'AT',
      'Florian Reiter',
    ],
    ['Bei Fragen wenden Sie sich an Frau Mag. Eva Brandl unter 0664 123 45 67.', 'AT', 'Eva Brandl'],
    // Portuguese: whom to speak to, who they are first, then the phone's words or a dash.
    [
      'Para desenvolver uma embalagem sob medida, fale com o nosso engenheiro de aplicações, Eng. Thiago Nascimento, pelo telefone (11) 3618-4233.',
      'BR',
      'Thiago Nascimento',
    ],
    ['Falar com Sra. Rosângela Barbosa – (11) 3618-4200, ramal 230', 'BR', 'Rosângela Barbosa'],
    // Thai: the person addressed with คุณ, perhaps a nickname or their department after the
    // name, then the phone's word.
    [
      'สำหรับเอกสาร Form E, B/L และใบขนสินค้า กรุณาติดต่อคุณณัฐวุฒิ แสงทอง (ต้น) โทรสายตรง 02-392-4157',
      'TH',
      'ณัฐวุฒิ แสงทอง',
    ],
    ['สอบถามเรื่องใบแจ้งหนี้ ติดต่อคุณสุดารัตน์ ฝ่ายบัญชี โทร. 02-392-4150 ต่อ 130', 'TH', 'สุดารัตน์'],
    // Indonesian: to whom offers are addressed, their title in brackets, then through what.
    [
      'Penawaran produk ditujukan kepada Bpk. Yohanes Tjandra (Purchasing Manager) melalui email yohanes.tjandra@mitrabaja.co.id.',
      'ID',
      'Yohanes Tjandra',
    ],
    // A name of four words, then what they do between commas, longer than 30 characters.
    [
      'For guarantee letters, please contact Ms. Yvonne Lee Pei Shan, Corporate & Insurance Relations, at 03-2161 7788 ext. 120.',
      'MY',
      'Yvonne Lee Pei Shan',
    ],
    // A Slovak contact person's label, then the name and what they are.
    ['Kontaktná osoba: Peter Kováč, konateľ', 'SK', 'Peter Kováč'],
    // The department's mailbox first, then the sentence naming whom to call on the number.
    [
      'Send payment advice to accounts@apapacrest.com. For statement queries, call our Accounts Officer, Mrs. Ngozi Okafor, on 0201 280 4410 ext. 120.',
      'NG',
      'Ngozi Okafor',
    ],
    // A name, then what the person is between commas, then on; a Spanish sentence with its
    // number and extension before the mailbox; a Vietnamese one, what the person does after a comma.
    [
      'For quotations in English or French, please contact Marta Fernández Iglesias, Export Sales, on +34 944 52 13 96.',
      'ES',
      'Marta Fernández Iglesias',
    ],
    [
      'Para la selección de cilindros, hable directamente con Mikel Otxoa Arrieta, nuestro ingeniero de aplicaciones, en el 944 52 13 80 (extensión 214) o en motxoa@suministrosarriaga.es.',
      'ES',
      'Mikel Otxoa Arrieta',
    ],
    [
      'Các đại lý vui lòng liên hệ anh Trần Minh Tuấn, phụ trách phát triển đại lý, qua số 0335 721 486.',
      'VN',
      'Trần Minh Tuấn',
    ],
    // An importer, its town, then the person there.
    ['Vine & Veldt Ltd, London – James Whitfield', 'GB', 'James Whitfield'],
    // How the person is addressed in brackets after the name; what they do in brackets, then the
    // messenger; a Turkish name addressed in the dative; a Korean name and rank before the number
    // in brackets, without a label.
    ['图纸工艺等技术问题，请联系技术部刘志强（刘工），电话 0512-6580 3300 转 8206', 'CN', '刘志强'],
    ['Overseas buyers: please contact Lily Li (Sales) on WhatsApp +86 188 5124 7730.', 'CN', 'Lily Li'],
    [
      'Proje bazlı teklifleriniz için Proje Satış Sorumlumuz Çağlar Doğan Bey’e 0 (532) 466 19 38 numaralı cep telefonundan ulaşabilirsiniz.',
      'TR',
      'Çağlar Doğan',
    ],
    [
      '긴급 수리부품 문의는 기술영업팀 한상진 과장(010-6235-8817)에게 직접 연락 주시기 바랍니다.',
      'KR',
      '한상진',
    ],
    // 先生 after a whole name, how he is addressed in brackets; an engineer addressed as one (冯工);
    // the whole name in brackets after it, after a department of 支持.
    ['有意者请直接联系总经理黄俊杰先生（黄总），手机 138-0240-7716（微信同号）。', 'CN', '黄俊杰'],
    ['售后维修：请联系售后服务部冯工，电话 020-3482 6688 转 812', 'CN', '冯工'],
    ['协议及控台编程问题，可联系技术支持邓工（邓志勇），手机 150 1320 8849', 'CN', '邓工'],
    // Portuguese as Portugal writes it; Greek, the name in the accusative after κ. or κα.
    [
      'Para questões técnicas, contacte a nossa Responsável da Qualidade, Dra. Marta Lopes, através do 256 780 430.',
      'PT',
      'Marta Lopes',
    ],
    [
      'Os produtores devem contactar o Sr. Joaquim Almeida (Compras de Matéria-Prima) pelo 965 302 118.',
      'PT',
      'Joaquim Almeida',
    ],
    [
      'Για παραλαβές φρούτων επικοινωνήστε με τον γεωπόνο μας κ. Νίκο Ζαφειρίου στο κινητό 6945 120 387.',
      'GR',
      'Νίκο Ζαφειρίου',
    ],
    // Romanian: our representative, Mr …; our partner, his firm and town, then the office's label.
    [
      'Republica Moldova: clienții din Moldova sunt deserviți de reprezentantul nostru de la Chișinău, dl. Victor Rusu, tel. +373 69 214 578 (Viber / WhatsApp / Telegram).',
      'RO',
      'Victor Rusu',
    ],
    [
      'Ungaria (Csongrád-Csanád, Békés): partenerul nostru Kovács Gábor, Kovács Agrotechnika Kft., Szeged – birou: +36 62 443 218, mobil: +36 30 481 7265, kovacs.gabor@kovacsagro.hu.',
      'RO',
      'Kovács Gábor',
    ],
    // Hebrew: a woman addressed before her number and its extension, or before the number's label.
    [
      "לבירורים בנושא חשבוניות ותשלומים – גב' אורנה דהן, 04-6527700 שלוחה 4, accounts@gilboa-filters.co.il.",
      'IL',
      'אורנה דהן',
    ],
    [
      "רכזת הנגישות בחברה היא גב' ליאת מזרחי – טל' 04-6527700, negishut@gilboa-filters.co.il.",
      'IL',
      'ליאת מזרחי',
    ],
    // Indonesian: a name addressed after a label or a title, then its number's label or a bracket.
    [
      'Keuangan & penagihan: Ibu Sri Wahyuni, telp. (031) 843 7711 ext. 114, email keuangan@ckn-packaging.co.id.',
      'ID',
      'Sri Wahyuni',
    ],
    [
      'Keluhan kualitas & retur: kirim foto produk langsung ke Kepala QC, Bapak Agus Santoso (agus.santoso@ckn-packaging.co.id).',
      'ID',
      'Agus Santoso',
    ],
    // Finnish: contact, a job in lower case, the family name inflected; a contact person named.
    [
      'Rahdeista ota yhteyttä logistiikkavastaava Marko Hiltuseen, p. 040 163 9927 (arkisin klo 7–15).',
      'FI',
      'Marko Hiltuseen',
    ],
    [
      'Ruotsissa koneitamme myy ja huoltaa Norrsåg Teknik AB, Skellefteå. Yhteyshenkilö Lars Öberg, puh. +46 910 154 20 (toimisto), mob. +46 70 382 14 95, lars.oberg@norrsag.se.',
      'FI',
      'Lars Öberg',
    ],
    // A team listed in a sentence, each name with what they cover and their number in brackets.
    [
      'Sophia Huang (Japan & Korea), Kevin Wu (China, WeChat: kevinwu_orchid) and Joyce Tsai (Americas & Europe, WhatsApp +886 988 416 025).',
      'TW',
      'Joyce Tsai',
    ],
    // A division's mailbox after the person's own does not make a second person of it.
    [
      '劳保安全鞋OEM、CE/EN ISO 20345检测认证及工装集采，请联系劳保事业部技术主管徐志远（徐工），电话 0577-6731 5282（直线），手机 137 3876 4190，邮箱 xuzy@jinbushoes.com；招标文件请发送至 safety@jinbushoes.com。',
      'CN',
      '徐志远',
    ],
    // Whom to ask for at the switchboard's extension, named after it.
    ['版型及工艺问题请致电总机 0577-8862 3300 转 8205，找开发部黄德明师傅。', 'CN', '黄德明'],
    // An association's officer by title, perhaps by the English name they go by; who manages a hall,
    // called by a nickname, their full name in brackets.
    [
      '青年团篮球友谊赛订于2025年8月24日举行，每队报名费 RM 30。报名：副团长 Jason 李俊文 011-2758 6094，其他询问请电邮 youth@meixi.org.my。',
      'MY',
      '李俊文',
    ],
    [
      '本会礼堂可容纳40桌，平日租金 RM 1,500，另收押金 RM 500。礼堂及停车场管理：阿成（黄锦成）017-629 0438。',
      'MY',
      '黄锦成',
    ],
    // Polish: whom to ask for at the extension, in the accusative.
    [
      'Dział księgowości: faktury@smokbyte.pl, tel. +48 (12) 395 40 70 wew. 31 – zapytaj o Panią Ewę Szymańską.',
      'PL',
      'Ewa Szymańska',
    ],
    // Spanish: whom a kind of client is served by, their number in brackets after the name.
    [
      'Las cadenas de supermercados y distribuidores mayoristas son atendidos por nuestro subgerente de ventas nacionales, Felipe Araya Rojas (fono 22 596 4015, faraya@quillayes.cl).',
      'CL',
      'Felipe Araya Rojas',
    ],
    // Bulgarian: turn to someone, ring someone, someone at the switchboard by their extension.
    [
      'За индивидуален дизайн на опаковки се обърнете към нашия конструктор-дизайнер г-жа Ралица Петкова – директен телефон 032/643-233, r.petkova@dzhendem-print.bg.',
      'BG',
      'Ралица Петкова',
    ],
    [
      'За часови прозорци и разтоварване звънете на шофьора-логист Васил Колев на 0886 402 917.',
      'BG',
      'Васил Колев',
    ],
    [
      'Рекламации приемаме писмено. Мениджърът по качеството инж. Пламен Начев е на разположение на централата 032 643 210, вътр. 150.',
      'BG',
      'Пламен Начев',
    ],
    // A name in bracketed data after the last word of the person's title.
    [
      'Our Sales Director Desislava Georgieva (mobile +359 888 517 342) and Petar Stoyanov (ext. 124) speak English.',
      'BG',
      'Desislava Georgieva',
    ],
    // Contact someone, their name in the other script and their job after it, then the number's word.
    [
      'For Europe, North America and Mexico please contact Ms. Angela Zhong (钟丽萍), Overseas Sales Manager, WhatsApp +86 135 3780 2946.',
      'CN',
      'Angela Zhong',
    ],
    // Chinese: who handles something by their title, its letters in brackets, a direct line and a mobile.
    [
      '客户投诉由客户品质工程师（CQE）吴海燕负责，电话 0769 8553 2655（直线），手机 13600289417，请注明客户名称。',
      'CN',
      '吴海燕',
    ],
    // Hungarian: look for someone (their name in the accusative) on a number; someone who helps.
    [
      'Beszámítással, értékbecsléssel kapcsolatban keresse Horváth Bencét a 06 30 219 8846-os számon vagy a horvath.bence@agrobihar.hu címen.',
      'HU',
      'Horváth Bence',
    ],
    [
      'Agrár Széchenyi Kártya és lízing ügyében dr. Lakatos Judit pályázati és finanszírozási tanácsadónk segít: közvetlen szám 52/530-405, e-mail lakatos.judit@agrobihar.hu.',
      'HU',
      'Lakatos Judit',
    ],
    [
      'Számlázás, pénzügy: szamlazas@agrobihar.hu; telefonon hívja a központi számot, (52) 530-400, és kérje Dobos Katalint (127-es mellék).',
      'HU',
      'Dobos Katalin',
    ],
    // German: who the contact is, whom the reader reaches at the number.
    [
      'Ansprechpartner für Bewertungen ist Herr Ole Bruhns, den Sie direkt unter 040 376904-16 oder per E-Mail an o.bruhns@claussen-wrede.de erreichen. Allgemeine S&P-Anfragen bitte an snp@claussen-wrede.de.',
      'DE',
      'Ole Bruhns',
    ],
    // English: a name between commas, then that they can also be reached; the contact person is ….
    [
      'Dry cargo positions and cargo orders go to drycargo@claussen-wrede.de; our Head of Dry Cargo, Jan-Hendrik Albers, can also be reached directly on +49 40 376904 21.',
      'DE',
      'Jan-Hendrik Albers',
    ],
    [
      'Greek owners are looked after by our associate in Piraeus, Argonaut Shipbrokers S.A., Akti Miaouli 47, 185 36 Piraeus, tel. +30 210 452 7740. Contact person is Mr Giannis Papadakis, mobile +30 694 512 3867, g.papadakis@argonaut-shipbrokers.gr.',
      'DE',
      'Giannis Papadakis',
    ],
    // Ukrainian: where the reader may go to someone, whom to agree something with, the contact
    // person after a dash; a manager before their messenger, in Russian.
    [
      'Школа бариста: записатися на курс «Бариста з нуля» (24 год, 6 занять, 7 900 грн) можна у тренерки Софії Білик: +38 093 205 77 14, s.bilyk@galkava.com.ua. Корпоративне навчання персоналу — academy@galkava.com.ua.',
      'UA',
      'Софії Білик',
    ],
    [
      'Самовивіз зі складу погоджуйте заздалегідь із завідувачем складу Романом Бойком: (032) 297-31-40, вн. 230.',
      'UA',
      'Романом Бойком',
    ],
    ['Говорим по-русски: менеджер Cindy Zhao — WhatsApp +86 158 6993 0415.', 'CN', 'Cindy Zhao'],
    // Slovak: turn to someone by their job and academic title; the switchboard and whose extension.
    [
      'Dodávatelia hutného materiálu sa môžu obrátiť priamo na vedúcu nákupu Ing. Evu Hricovú – priama linka 055/789 41 61, e-mail eva.hricova@strojarnehornad.sk. Ostatné ponuky posielajte na nakup@strojarnehornad.sk.',
      'SK',
      'Evu Hricovú',
    ],
    [
      'Otázky k úhradám a saldu: zavolajte na ústredňu 055/789 41 00 a požiadajte o klapku 185 – pani Adriánu Bodnárovú.',
      'SK',
      'Adriánu Bodnárovú',
    ],
    // English: someone reached on their mobile; someone after the title that says who they are.
    [
      'Our Sales Director Peter Kolesár can be reached on his mobile +421 905 412 387; Export Manager Tomáš Baláž looks after Hungary.',
      'SK',
      'Peter Kolesár',
    ],
    [
      'Equipment manufacturers and distribution enquiries: our Commercial Director Oksana Fedoriv, mobile +380 67 674 2193 (WhatsApp, Signal), o.fedoriv@galkava.com.ua.',
      'UA',
      'Oksana Fedoriv',
    ],
    // Chinese: who handles something by department, or by title before what they are in charge of;
    // someone to write to; a label spaced out; a name with its number in brackets.
    [
      '中亚业务由出口部赵欣怡负责，手机 158-6993-0415，邮箱 cindy@xinyitong56.com；出口部电话 0539-8356230。',
      'CN',
      '赵欣怡',
    ],
    [
      '罗庄仓储中心提供一件代发。仓储部经理高秀英负责入库预约、库位安排和月结对账，电话 0539-7268 312（直线），邮箱 gaoxy@xinyitong56.com；一般仓储咨询请拨仓储电话 (0539)7268310 或发邮件至 cangchu@xinyitong56.com。',
      'CN',
      '高秀英',
    ],
    [
      '粮油批发部团购及食堂配送合作请发邮件给杜建国（dujianguo0539@163.com），请注明单位名称。',
      'CN',
      '杜建国',
    ],
    ['负 责 人：马春雷（手机 139-1873-0462）', 'CN', '马春雷'],
    // A Slovak and a Ukrainian job title as the label of the name after it.
    ['Vedúci strediska: Jozef Kravec, mobil 0908 552 917', 'SK', 'Jozef Kravec'],
    ['Представник у Києві: Денис Марченко, моб. 066-914-03-52.', 'UA', 'Денис Марченко'],
    ['马春雷（手机 139-1873-0462）', 'CN', '马春雷'],
  ])('reads %s (%s) as naming %s', (text, region, name) => {
    expect(factsIn(text, region).name).toBe(name);
  });

  it.each([
    // A warehouse's line in a clause of its own after the person's mobile.
    [
      '仓储主管吴永福　手机 152-5887-3306；仓库电话 0577 8862 3377（每日 7:30-19:00）。',
      'CN',
      '吴永福',
      ['+8657788623377'],
    ],
    // A partner firm's number before the label of its contact, who is written with their own.
    [
      'Szabolcs-Szatmár-Bereg megye: szervizpartnerünk a Nyír-Agro Szerviz Bt. (4400 Nyíregyháza, Debreceni út 310., tel.: (42) 510-230). Kapcsolattartó: Bakó Péter, +36 30 987 1402, bako.peter@nyiragro.hu.',
      'HU',
      'Bakó Péter',
      ['+3642510230'],
    ],
    [
      'Representante en Brasil: Vinhos Andinos Importadora Ltda., Rua Oscar Freire 1120, São Paulo, tel. +55 11 3064-7720. Contacto comercial: Ricardo Azevedo, celular +55 11 97314-2286, ricardo.azevedo@vinhosandinos.com.br.',
      'CL',
      'Ricardo Azevedo',
      ['+551130647720'],
    ],
    [
      'Greek customers may also contact our agent: Vlachos Pack I.K.E., Ethnikis Antistaseos 84, 551 34 Kalamaria, Thessaloniki, tel. +30 2310 556 214. Contact person: Mr Kostas Vlachos, mobile +30 694 318 2750, k.vlachos@vlachospack.gr.',
      'BG',
      'Kostas Vlachos',
      ['+302310556214'],
    ],
    [
      'Greek owners are looked after by our associate in Piraeus, Argonaut Shipbrokers S.A., Akti Miaouli 47, 185 36 Piraeus, tel. +30 210 452 7740. Contact person is Mr Giannis Papadakis, mobile +30 694 512 3867, g.papadakis@argonaut-shipbrokers.gr.',
      'DE',
      'Giannis Papadakis',
      ['+302104527740'],
    ],
    // A department's label before a sentence naming the person whose number follows: theirs; the
    // desk's line in the clause before or after theirs the company's.
    [
      '车源合作：长期招募4.2米、9.6米车源及回程车，请联系车队队长郑洪涛，手机 138-6999-5201（微信同号）；车辆须持有效道路运输证。',
      'CN',
      '郑洪涛',
      [],
    ],
    [
      '理赔与投诉：资料发送至 lipei@xinyitong56.com 或拨打理赔电话 0539-8356235；理赔专员赵鹏，手机 150 6399 2718，一般3个工作日内给出处理意见。',
      'CN',
      '赵鹏',
      ['+865398356235'],
    ],
    [
      '中亚业务由出口部赵欣怡负责，手机 158-6993-0415，邮箱 cindy@xinyitong56.com；出口部电话 0539-8356230。',
      'CN',
      '赵欣怡',
      ['+865398356230'],
    ],
    // A partner firm's tel. in the sentence before its Contact person label.
    [
      'In Poland we are represented by TECH-MAR Sp. z o.o., ul. Przemysłowa 14, 35-105 Rzeszów, tel. +48 17 862 45 30. Contact person: Mr Paweł Wiśniewski, mobile +48 602 417 385, p.wisniewski@techmar-rzeszow.pl.',
      'SK',
      'Paweł Wiśniewski',
      ['+48178624530'],
    ],
  ])('reads %s (%s) as naming %s, the place’s number %j the company’s', (text, region, name, company) => {
    const facts = factsIn(text, region);
    expect(facts.name).toBe(name);
    expect(facts.companyPhones).toEqual(company);
  });

  it.each([
    ['Dace Zariņa, 67 812 400, iekš. 162', 'LV', 'Dace Zariņa'],
    ['Роман Бойко, (032) 297-11-50, вн. 230', 'UA', 'Роман Бойко'],
  ])('reads %s (%s) with its extension as data, the name %s', (text, region, name) => {
    expect(factsIn(text, region).name).toBe(name);
  });

  it('reads the line a label gives, with the extension of the person named before it, as theirs too', () => {
    const facts = factsIn(
      '查询：教育组主任陈志明，电话 03-9221 5638 分机 15（星期二、四 10:00am – 4:00pm），或电邮 education@meixi.org.my。',
      'MY',
    );
    expect(facts.name).toBe('陈志明');
    expect(facts.companyPhones).toEqual([]);
    expect(facts.companyEmails).toEqual(['education@meixi.org.my']);
  });

  it.each([
    ['Bencét', 'Bence'],
    ['Katalint', 'Katalin'],
    ['Pétert', 'Péter'],
    ['Zsoltot', 'Zsolt'],
    ['Juditot', 'Judit'],
    ['Évát', 'Éva'],
    ['Katit', 'Kati'],
  ])('reads the Hungarian accusative Horváth %s as Horváth %s', (accusative, nominative) => {
    expect(hungarianNominative(`Horváth ${accusative}`)).toBe(`Horváth ${nominative}`);
  });

  it.each([
    ['Hotline: 0983 604 215', []],
    ['Hotline: 1900 6358', ['+8419006358']],
  ])('reads a Vietnamese card’s %s as the company’s line only where it is no mobile', (text, company) => {
    expect(factsIn(text, 'VN').companyPhones).toEqual(company);
  });

  it('reads a person addressed as คุณ after a Thai label, by their Latin name in brackets', () => {
    expect(factsIn('ติดตามสถานะการจัดส่ง เปลี่ยน/คืนสินค้า: คุณนภา (Khun Napa)', 'TH').name).toBe('Napa');
    expect(factsIn('ติดตามสถานะการจัดส่ง เปลี่ยน/คืนสินค้า', 'TH').name).toBeNull();
  });

  it('reads whom a Japanese sentence names as in charge, by their name in Latin letters', () => {
    expect(
      factsIn(
        '日本語でのお問い合わせは、日本語担当のチュオン・ミー・リン（Trương Mỹ Linh）までお気軽にご連絡ください。',
        'VN',
      ).name,
    ).toBe('Trương Mỹ Linh');
    expect(factsIn('詳しくは営業担当の佐藤 健一までお問い合わせください。', 'JP').name).toBe('佐藤 健一');
  });

  it('reads press as a press office’s label only as a word (viaggio presso i clienti: …)', () => {
    expect(
      factsIn(
        'Alessandro Gatti è spesso in viaggio presso i clienti: lo trovate anche su (+39) 348 903 2215.',
        'IT',
      ).companyPhones,
    ).toEqual([]);
    expect(factsIn('Press: +39 030 892 1499', 'IT').companyPhones).toEqual(['+390308921499']);
  });

  it('reads two people listed on a desk’s line as two, their data nobody’s alone', () => {
    expect(
      factsIn(
        'Shipping Documents & Certificates of Origin: Fatima Zahra / Jerome Pinto – Tel: +971 4 227 6620 – docs@gulfmeridian.ae',
        'AE',
      ).names,
    ).toEqual(['Fatima Zahra', 'Jerome Pinto']);
  });

  it('gives a person both numbers a sentence says are theirs (…sur son portable au …)', () => {
    const facts = factsIn(
      'Notre responsable SAV, M. Thierry Nguyen, reste joignable en direct au 04 72 89 41 30 et, pour les arrêts de production, sur son portable au 06 85 14 27 63.',
      'FR',
    );
    expect(facts.name).toBe('Thierry Nguyen');
    expect(facts.companyPhones).toEqual([]);
  });

  it('gives a partner’s office, named before its number in a sentence, to the company', () => {
    const facts = factsIn(
      'Ungaria (Csongrád-Csanád, Békés): partenerul nostru Kovács Gábor, Kovács Agrotechnika Kft., Szeged – birou: +36 62 443 218, mobil: +36 30 481 7265, kovacs.gabor@kovacsagro.hu.',
      'RO',
    );
    expect(facts.companyPhones).toEqual(['+3662443218']);
  });

  it('reads a department’s person with the title written on to the name, a long note in the label', () => {
    const facts = factsIn(
      '采购部（铝锭、铝棒、隔热条、包装材料供应商合作）：何嘉乐经理　邮箱：hejl@jinhongalu.com（请勿电话推销）',
      'CN',
    );
    expect(facts.name).toBe('何嘉乐');
    expect(facts.title).toBe('经理');
  });

  it('gives the office’s number a sentence names beside the person’s own to the company', () => {
    const facts = factsIn(
      'Ruotsissa koneitamme myy ja huoltaa Norrsåg Teknik AB, Skellefteå. Yhteyshenkilö Lars Öberg, puh. +46 910 154 20 (toimisto), mob. +46 70 382 14 95, lars.oberg@norrsag.se.',
      'FI',
    );
    expect(facts.companyPhones).toEqual(['+4691015420']);
  });

  it('gives the company the number a sentence calls customer care’s, its messenger before it', () => {
    const facts = factsIn(
      'Retail orders and after-sales: Customer Care, Smart/Viber 0998 960 2718 or care@alegrehome.com.ph.',
      'PH',
    );
    expect(facts.companyPhones).toEqual(['+639989602718']);
  });

  it('gives the company a number its note calls shared, on whoever’s card it is written', () => {
    const facts = factsIn('Telefon 86 24 51 30 (fælles nummer for reservedele)', 'DK');
    expect(facts.companyPhones).toEqual(['+4586245130']);
    expect(factsIn('Direkte 86 24 51 12 (Jesper)', 'DK').companyPhones).toEqual([]);
    // A department's in brackets after the number.
    expect(factsIn('门店：0595 2328 3316（批发部）', 'CN').companyPhones).toEqual(['+8659523283316']);
    expect(factsIn('手机：139-0595-8821（黄经理）', 'CN').companyPhones).toEqual([]);
  });

  it('gives the person named after the extension of a line’s second number that line, the first the department’s', () => {
    const facts = factsIn(
      '财务部：财务部电话 0595-2326 8860，发票及对账单请发 caiwu@fengmingtea.com；大额货款到账确认及年度对账请拨总机 0595-23268800 转 806，找财务经理黄丽珍。',
      'CN',
    );
    expect(facts.name).toBe('黄丽珍');
    expect(facts.companyPhones).toEqual(['+8659523268860']);
  });

  it('gives the company the place’s number a sentence gives before the person it names, a mailbox after both', () => {
    const facts = factsIn(
      'Vår agent i Norge är Fjord Cargo AS i Oslo (tel. +47 22 84 61 00). Kontaktperson: Kristian Haugen, mob. +47 922 48 615, kristian.haugen@fjordcargo.no.',
      'SE',
    );
    expect(facts.name).toBe('Kristian Haugen');
    expect(facts.companyPhones).toEqual(['+4722846100']);
  });

  it('gives the company a number in a later sentence than the one naming the person', () => {
    const facts = factsIn(
      'For inquiries from outside Japan, please write to overseas@atsuta-seiki.co.jp or contact Mr. Shingo Hattori (Overseas Sales) directly at Tel. +81-52-682-4116. Our Thai agent, Siam Precision Machinery Co., Ltd., handles service (Amata City Chonburi, Tel. +66 38 109 452).',
      'JP',
    );
    expect(facts.name).toBe('Shingo Hattori');
    expect(facts.companyPhones).toEqual(['+6638109452']);
  });

  it('gives the company a number in a sentence before the one naming the person', () => {
    const facts = factsIn(
      'For urgent repairs call our 24/7 duty phone +47 975 34 120. Our key account manager Torstein Helland can be reached directly on +47 55 34 12 23.',
      'NO',
    );
    expect(facts.companyPhones).toEqual(['+4797534120']);
  });

  it('gives the company a desk’s number a Swedish sentence reaches it on', () => {
    expect(
      factsIn(
        'Tullexpeditionen nås på 031-712 45 45 och tull@arendalfrakt.se (vardagar 08.00–16.00). För frågor om tillstånd och AEO kan du be växeln koppla dig till vår tullspecialist Mikael Öhman.',
        'SE',
      ).companyPhones,
    ).toEqual(['+46317124545']);
  });

  it('gives the company a mailbox a Japanese or Swedish note calls shared', () => {
    expect(factsIn('営業所共通 tokyo@atsuta-seiki.co.jp', 'JP').companyEmails).toEqual([
      'tokyo@atsuta-seiki.co.jp',
    ]);
    expect(factsIn('E-mail eigyo@atsuta-seiki.co.jp （営業窓口共通）', 'JP').companyEmails).toEqual([
      'eigyo@atsuta-seiki.co.jp',
    ]);
    expect(factsIn('lager@arendalfrakt.se (gemensam)', 'SE').companyEmails).toEqual([
      'lager@arendalfrakt.se',
    ]);
  });

  it('reads the person a desk’s label names before their line and its extension', () => {
    const facts = factsIn(
      'Cobranzas y cuentas corrientes: Cra. Valeria Moyano · (0351) 475-8800 int. 230 · cobranzas@bertolottimaq.com.ar',
      'AR',
    );
    expect(facts.name).toBe('Valeria Moyano');
  });

  it('leaves a WeChat id written before the person a sentence names to someone else', () => {
    const facts = factsIn(
      'Sophia Huang (Japan & Korea), Kevin Wu (China, WeChat: kevinwu_orchid) and Joyce Tsai (Americas & Europe, WhatsApp +886 988 416 025).',
      'TW',
    );
    expect(facts.wechat).toBeNull();
  });

  // A sentence without data ending with whom to contact and their job: the lines after it give
  // that person's numbers. Without the job, a sentence closing a block of the company's data.
  it.each([
    [
      'For export, OEM and hotel-project enquiries in English, please contact Ms. Nguyen Phuong Linh (Nguyễn Phương Linh), Export Executive.',
      'Nguyen Phuong Linh',
    ],
    ['Factory visits by prior appointment only – please contact Mr. Suresh Kumawat (QC).', null],
  ])('reads the sentence %s as naming %s', (text, name) => {
    expect(factsIn(text, 'VN').name).toBe(name);
  });

  it.each([
    // Two people's numbers on one line: whose each is, the sentence does not settle.
    ['如需报价请联系王经理 139 1234 5678 或李经理 138 8765 4321，谢谢您的支持。', 'CN'],
    // A sentence opening with a name and a comma, nothing about what they do.
    ['张伟，你好，我们已经收到你的报名表，稍后会有工作人员与你联系。', 'CN'],
    // Contact our team: no name.
    ['For anything else, please contact our partnerships team at partners@dataweek.eu today.', 'DE'],
    // Sentences whose first words read as a name (全 is a surname): a listing's 全海景, a sea view.
    ['全海景，交吉，近港鐵站。睇樓請預約。', 'HK'],
    // Brackets after a number saying when, not whom.
    ['門市電話：02-2736-5520（營業時間 10:00-20:00，週一公休）', 'TW'],
    // An address in an earlier sentence is not the number's.
    ['张先生已于上月离职。订购请拨打 0599-5231 688。', 'CN'],
    // A department's own line after the label: no one is named.
    ['商务合作：市场部，电话 028-8551 6120', 'CN'],
    ['团体体检及合作：市场部 028-8551 6120', 'CN'],
    // A designer's works: 代表作品 is no title (代表 a representative), its 小区 no name.
    ['代表作品：卓越维港 128㎡ 软装陈设 ｜ 深业上城 LOFT 180㎡ 软装陈设', 'CN'],
    // A footer column's heading.
    ['Quick Links', 'SG'],
    ['Useful Links', 'GB'],
    // A dealership's department, where a title would be.
    ['Parts Counter / Wholesale', 'US'],
    // A title, then what it serves after a dash: no department and its person.
    ['Service Advisor – Express Lane – 512-555-0155', 'US'],
    // An Impressum's register court.
    ['Register court: Amtsgericht Stuttgart, HRB 351742', 'DE'],
    // Brackets after the department hold what it does, not a name's other form.
    ['请联系国际医疗部（英文服务），手机 181 8066 3175。', 'CN'],
  ])('reads no name in %s (%s)', (text, region) => {
    expect(factsIn(text, region).name).toBeNull();
  });

  it('gives the person named after a line’s extension that line, though a label gives it to the company', () => {
    expect(factsIn('会务咨询：0571-8677 2360 转 816（孙老师）', 'CN')).toMatchObject({
      name: '孙老师',
      companyPhones: [],
    });
    expect(factsIn('会务咨询：0571-8677 2360', 'CN')).toMatchObject({
      name: null,
      companyPhones: ['+8657186772360'],
    });
  });

  it('reads no name in a list set apart by 、, however its first reads (沈 is a surname)', () => {
    expect(factsIn('沈阳、长春、哈尔滨、乌鲁木齐、兰州', 'CN').name).toBeNull();
    expect(factsIn('上海、苏州', 'CN').name).toBeNull();
  });

  it('reads no name in any list of three things or more set apart by 、 (property)', () => {
    const word = fc
      .array(fc.constantFrom(...'沈王李张陈阳春明华海州宁波滨齐兰'), { minLength: 2, maxLength: 4 })
      .map((chars) => chars.join(''));
    fc.assert(
      fc.property(fc.array(word, { minLength: 3, maxLength: 6 }), (words) => {
        expect(factsIn(words.join('、'), 'CN').name).toBeNull();
      }),
    );
  });

  it('gives the company the mailbox a Chinese clause before the named person’s gives', () => {
    const facts = factsIn(
      '理赔与投诉：资料发送至 lipei@example.cn 或拨打理赔电话 0539-8356235；理赔专员赵鹏，手机 150 6399 2718。',
      'CN',
    );
    expect(facts).toMatchObject({ name: '赵鹏', companyEmails: ['lipei@example.cn'] });
  });

  it('gives the company a mailbox at a provider named after it, not one named otherwise', () => {
    const line = lineOf('Стара пошта galkava.lviv@gmail.com ще переадресовується на info@.', 'UA');
    const context = { notNames: new Set(['galkava coffee roasters']) };
    expect(factsOf(line, context).companyEmails).toEqual(['galkava.lviv@gmail.com']);
    const other = lineOf('Пишіть: marko.galkava@gmail.com', 'UA');
    expect(factsOf(other, context).companyEmails).toEqual([]);
  });

  it('gives a 投稿邮箱 or 投稿信箱 (the submissions mailbox) to the company, not an author’s 线索与投稿', () => {
    expect(factsIn('投稿邮箱：tougao@kjlgc.com', 'CN')).toMatchObject({
      name: null,
      companyEmails: ['tougao@kjlgc.com'],
    });
    expect(factsIn('投稿信箱：hello@slowtrip.tw', 'TW').companyEmails).toEqual(['hello@slowtrip.tw']);
    expect(factsIn('线索与投稿：sunyaqin@wjsq-expo.cn', 'CN').companyEmails).toEqual([]);
    expect(factsIn('校长信箱：principal@qmfls.edu.cn', 'CN').companyEmails).toEqual([
      'principal@qmfls.edu.cn',
    ]);
  });

  it('gives a branch its line where running text names its person after it, by label or before their mobile', () => {
    expect(
      factsIn(
        '昆山分所：昆山市前进中路219号金鹰国际大厦15楼1502室，电话0512-5751 6630，分所负责人许文斌（注册会计师），手机133 7620 4518，主要承接年报审计业务。',
        'CN',
      ),
    ).toMatchObject({ name: '许文斌', companyPhones: ['+8651257516630'] });
    expect(
      factsIn(
        '吴江分所：苏州市吴江区中山南路1288号东方财富广场8楼，电话0512-6339 1870，联系人：杨帆（微信：yangfan_wj2016），周六上午（8:30-11:30）有人值班。',
        'CN',
      ),
    ).toMatchObject({ name: '杨帆', companyPhones: ['+8651263391870'], wechat: 'yangfan_wj2016' });
  });

  it('gives the company a hotline running text names before its number', () => {
    const facts = factsIn(
      '采购商登记请扫描文末二维码，或拨打组委会热线 0579-8712 6600（工作日 8:30-17:30）。',
      'CN',
    );
    expect(facts).toMatchObject({ name: null, companyPhones: ['+8657987126600'] });
    expect(
      factsIn('如有疑问，欢迎致电王经理 139 1234 5678，我们将尽快为您安排。', 'CN').companyPhones,
    ).toEqual([]);
    // An Italian emergency rota's number, its word longer than a Chinese one.
    expect(
      factsIn(
        'Per emergenze su impianti in garanzia è attivo il numero di reperibilità 340 918 2256 (a rotazione tra i tecnici, anche il sabato).',
        'IT',
      ).companyPhones,
    ).toEqual(['+393409182256']);
  });
});
