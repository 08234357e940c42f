import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePhone } from '../parse/parsePhone.ts';
import { findPhones, normalizePhone } from './findPhones.ts';

const phones = (text: string, region = 'CN') => findPhones(text, { region }).map((h) => h.e164);

describe('findPhones', () => {
  it.each([
    ['手机：139 1234 5678', ['+8613912345678']],
    ['电话：021-6234 5678 转 801', ['+862162345678']],
    ['全国服务热线：400-820-8820', ['+864008208820']],
    ['客服电话：95588', ['+8695588']],
    ['Tel: +44 20 7946 0958', ['+442079460958']],
    ['call (021) 6234-5678 today', ['+862162345678']],
    ['13912345678', ['+8613912345678']],
    ['总机：021-6234 5678　传真：021-6234 5679', ['+862162345678']],
    // The country code without its +, set apart: pages for buyers abroad write numbers so.
    ['Mobile: 86-139 1234 5678', ['+8613912345678']],
    // A mailbox before the number whose domain holds a label's letters (ind-ust-ries, not USt).
    ['Rachel Kim · rachel.kim@ferrocast-industries.com · +1 312 555 0190', ['+13125550190']],
    ['accounts@harbor-items.com | +1 415 555 0134', ['+14155550134']],
    ['Tel: 86-21-6234 5678', ['+862162345678']],
    ['手机：(86)13912345678', ['+8613912345678']],
    // A fax label after the phone: the phone stays, the fax goes.
    ['电话：0571-8765 4301 传真：0571-8765 4309', ['+8657187654301']],
    ['传 真：0571-8765 4309 电话：0571-8765 4301', ['+8657187654301']],
    // One number that is both: the phone label joined to the fax label.
    ['电话/传真：027-8754 3300', ['+862787543300']],
    // The F of a floor is not a fax.
    ['华夏大厦 3F 021-6234 5678', ['+862162345678']],
  ])('takes %s', (text, expected) => {
    expect(phones(text)).toEqual(expected);
  });

  // The hours a line is answered in brackets after it; a number given as an example of another.
  it.each([
    ['call our Transport Officer on 0110 447 203 (6:00 am – 6:00 pm).', 'KE', ['+254110447203']],
    ['Daktari Line 0790 114 227 (vet team)', 'KE', ['+254790114227']],
    ['the waybill number (for example 0204 177 935) is sent to you by SMS', 'KE', []],
    // Nine digits with no label, their extension after them; Sra. (Senhora) before them is no SRA number.
    [
      'extratos: Sra. Fernanda Rocha, 256 780 400 (ext. 240), faturacao@valedouima.pt.',
      'PT',
      ['+351256780400'],
    ],
    ['Fernanda Rocha 256 780 400', 'PT', []],
    // The same with the extension's word in Latvian, Slovak and Ukrainian; and a code after a word
    // that only ends like one (recall) is no extension.
    ['Dace Zariņa 67 812 400, iekš. 162', 'LV', ['+37167812400']],
    ['Ilze Ozoliņa 67 812 420, iekšējais 23', 'LV', ['+37167812420']],
    ['Adriána Bodnárová 055 789 4100 klapka 185', 'SK', ['+421557894100']],
    ['Роман Бойко 032 297 1150, вн. 230', 'UA', ['+380322971150']],
    ['Fernanda Rocha 256 780 400 recall 240', 'PT', []],
    ['SRA number 612345', 'GB', []],
    // Tél. with its accent is a label; a VAT number's country letters before its digits say it is one.
    ['Tél. : 04 72 89 41 00', 'FR', ['+33472894100']],
    ['N° TVA intracommunautaire FR 27 812 594 367', 'FR', []],
    ['USt-IdNr. DE 81 259 436 712', 'DE', []],
    ['如 订单号（例如 0532-8589 6600）', 'CN', []],
  ])('%s (%s) gives %j', (text, region, expected) => {
    expect(phones(text, region)).toEqual(expected);
  });

  // A direct line as Singapore and British signatures label it; "did" in a sentence is no label.
  it.each([
    ['DID: 6748 2293 | Mobile: 9673 1184', 'SG', ['+6567482293', '+6596731184']],
    ['DDI: 020 7946 0321', 'GB', ['+442079460321']],
    ['We did 6748 2293 checks', 'SG', []],
  ])('%s (%s) gives %j', (text, region, expected) => {
    expect(phones(text, region)).toEqual(expected);
  });

  // A landline of nine digits written as it is dialled, with dashes (Tainan's, Afula's), needs no
  // label; nine digits otherwise grouped do.
  it.each([
    ['請洽採購 周小姐（06-687-2588 轉 150）', 'TW', ['+88666872588']],
    ['聯絡人：孫小姐 06-687-2582', 'TW', ['+88666872582']],
    ['Ref 04 227 6600', 'AE', []],
    ['Tel: 04 227 6600', 'AE', ['+97142276600']],
    ['06-6872582', 'TW', ['+88666872582']],
    ['06 687 2582', 'TW', []],
    ["גב' אורנה דהן, 04-6527700 שלוחה 4", 'IL', ['+97246527700']],
    // Eight digits in pairs, as Denmark and Norway write every number; not in fours, nor elsewhere.
    ['kontakt Mette Jensen, på 61 27 84 35 eller', 'DK', ['+4561278435']],
    ['ring 22 84 61 00', 'NO', ['+4722846100']],
    ['ordre 6127 8435', 'DK', []],
    ['61 27 84 35', 'SE', []],
    // A Croatian number with a slash after its area code.
    ['Mob.: 099/612-0483', 'HR', ['+385996120483']],
    ['Tel.: 051/325-801', 'HR', ['+38551325801']],
    // Latvian labels, and an eight-digit run after one.
    ['tālr. 67812481', 'LV', ['+37167812481']],
    ['Tālrunis: 67 812 483', 'LV', ['+37167812483']],
    ['67812481', 'LV', []],
    // Lithuania's old trunk prefix 8, still written.
    ['tel. 8 687 40512', 'LT', ['+37068740512']],
    // An Argentine mobile with its area code and 15, the trunk 0 left off or not.
    ['Cel. 351 15-590-3348', 'AR', ['+5493515903348']],
    ['Cel. (0358) 15-419-0073', 'AR', ['+5493584190073']],
    // A Japanese machine's serial, not a Nagoya number; the phone number a label says is one.
    ['製造番号 0524-031187', 'JP', []],
    ['電話番号 052-682-4100', 'JP', ['+81526824100']],
    // An accountant's number, not a bank account's.
    ['Chief Accountant – (032) 346 2718 loc. 120', 'PH', ['+63323462718']],
    ['Account: 0323462718', 'PH', []],
  ])('%s (%s) gives %j', (text, region, expected) => {
    expect(phones(text, region)).toEqual(expected);
  });

  // An Austrian card's numbers with a slash after the area code; a date keeps its slashes, and
  // so does a number read where they are not written so.
  it.each([
    ['T 01 / 616 38 40-27', 'AT', ['+431616384027']],
    ['M 0664 / 853 27 19', 'AT', ['+436648532719']],
    ['Tel. 0664/8532719', 'AT', ['+436648532719']],
    ['Stand 01/12/2026, Tel. 089/1234567', 'DE', ['+49891234567']],
    ['am 01/12/2026 um 10 Uhr', 'AT', []],
    ['Tel. 0664/8532719', 'CN', []],
    // Hungary writes the area code before a slash, perhaps after the trunk 06, and its mobiles
    // with dashes that make no date.
    ['közvetlen szám 52/530-405, e-mail', 'HU', ['+3652530405']],
    ['Tel.: 54/402-118', 'HU', ['+3654402118']],
    ['Mobil: 06-30/512-7716', 'HU', ['+36305127716']],
    ['Telephelyvezető: Fekete Zoltán, mobil: 06-20-391-5572', 'HU', ['+36203915572']],
    ['munkalapszám (pl. SZ-2025/04817)', 'HU', []],
    // Chile writes a mobile with its 9 alone and Santiago's numbers with 2 or 22 first, after cel.
    // or fono; Bulgaria its area code before a slash, and тел., моб. and вътр. (an extension).
    ['Cel.: 9 6127 4408', 'CL', ['+56961274408']],
    ['(fono 22 596 4015, faraya@quillayes.cl)', 'CL', ['+56225964015']],
    ['Sra. Patricia Muñoz · (2) 2596 4000, anexo 4031', 'CL', ['+56225964000']],
    ['Тел.: 02/957 31 80', 'BG', ['+35929573180']],
    ['директен телефон 032/643-233, r.petkova@dzhendem-print.bg', 'BG', ['+35932643233']],
    // Slovakia writes its area code before a slash too.
    ['priama linka 055/789 41 61, e-mail eva.hricova@strojarnehornad.sk', 'SK', ['+421557894161']],
    ['централата 032 643 210, вътр. 150', 'BG', ['+35932643210']],
    ['Моб.: 0 878 339 105', 'BG', ['+359878339105']],
    ['(напр. 32615408) и снимки', 'BG', []],
    // An Indonesian mobile as WhatsApp takes it, 62 run into the network's digits; not elsewhere.
    ['WA 62878-3201-6644', 'ID', ['+6287832016644']],
    ['WA 62878-3201-6644', 'CN', []],
    ['határidő: 12-03-2026', 'HU', []],
    // An order's number (rendelésszám) is no phone's, where the number itself (a számot) is.
    ['a rendelésszámot (pl. 72 418 306) kérjük, hivatkozza meg', 'HU', []],
    ['hívja a központi számot, (52) 530-400', 'HU', ['+3652530400']],
  ])('%s (%s) gives %j', (text, region, expected) => {
    expect(phones(text, region)).toEqual(expected);
  });

  // Brazilian numbers, written without the trunk 0 and the carrier code it needs, the area code
  // set apart; a run of ten digits is still no number.
  it.each([
    ['pelo telefone (11) 3618-4233 ou pelo e-mail', ['+551136184233']],
    ['Celular: 11 97415-8832', ['+5511974158832']],
    ['Pedido 1136184233', []],
  ])('%s (BR) gives %j', (text, expected) => {
    expect(phones(text, 'BR')).toEqual(expected);
  });

  // Thai labels: โทร (and โทรสายตรง, a direct line) and มือถือ announce a phone, โทรสาร a fax.
  it.each([
    ['โทร. 02-392-4157', ['+6623924157']],
    ['กรุณาติดต่อคุณณัฐวุฒิ แสงทอง (ต้น) โทรสายตรง 02-392-4157 หรืออีเมล', ['+6623924157']],
    ['โทรสาร 02-392-4159', []],
  ])('%s (TH) gives %j', (text, expected) => {
    expect(phones(text, 'TH')).toEqual(expected);
  });

  // A second line written without the area code it shares with the number before it.
  it.each([
    ['联系电话：0512-6658 3302 / 6658 3305', 'CN', ['+8651266583302', '+8651266583305']],
    ['电话：(021) 5888 1234、5888 1235', 'CN', ['+862158881234', '+862158881235']],
    ['电话：021-58881234，58881235', 'CN', ['+862158881234', '+862158881235']],
    ['电话：0512-6658 3302 或 6658 3305', 'CN', ['+8651266583302', '+8651266583305']],
    ['電話：02-2736-5518 / 2736-5519', 'TW', ['+886227365518', '+886227365519']],
    // Read alone, 2996 0189 would be a number of Xi'an (029 9601 89).
    ['电话：0755-2996 0188、2996 0189', 'CN', ['+8675529960188', '+8675529960189']],
    // Not a local number: a date, a figure, a shorter run, a mobile of its own.
    ['电话：0512-6658 3302 / 2024-05-01', 'CN', ['+8651266583302']],
    ['电话：0512-6658 3302，6658 3305 元', 'CN', ['+8651266583302']],
    ['电话：0512-6658 3302 / 665 8330', 'CN', ['+8651266583302']],
    ['电话：0512-6658 3302 / 139 1234 5678', 'CN', ['+8651266583302', '+8613912345678']],
    // Only a separator stands between the two.
    ['电话：0512-6658 3302 房间 6658 3305', 'CN', ['+8651266583302']],
  ])('%s (%s) gives %j', (text, region, expected) => {
    expect(phones(text, region)).toEqual(expected);
  });

  // Hong Kong, Taiwan and Macau write the words around a number in traditional characters.
  it.each([
    ['傳真：(04) 2491-2346', 'TW', []],
    ['電話：(04) 2491-2345　傳真：(04) 2491-2346', 'TW', ['+886424912345']],
    ['總機：2345 6789　傳真：2345 6780', 'HK', ['+85223456789']],
    ['手提：9123 4567', 'HK', ['+85291234567']],
    ['直線：2345 6711', 'HK', ['+85223456711']],
    ['訂房專線 2888 1888', 'MO', ['+85328881888']],
  ])('reads %s in %s as the same words in simplified characters', (text, region, expected) => {
    expect(phones(text, region)).toEqual(expected);
  });

  // A card's phone and fax on one line: only the phone is taken, whichever way the fax is labelled.
  it.each([
    ['P: 312.555.0142 | F: 312.555.0199', ['+13125550142']],
    ['T 312.555.0142  F 312.555.0199', ['+13125550142']],
    ['Direct: 312.555.0142 Fax: 312.555.0199', ['+13125550142']],
    ['Tel. (312) 555-0142 · Facsimile (312) 555-0199', ['+13125550142']],
    ['Phone/Fax: (312) 555-0142', ['+13125550142']],
  ])('takes the phone of %s in US', (text, expected) => {
    expect(phones(text, 'US')).toEqual(expected);
  });

  it('takes the numbers after a fax sign for faxes, unless a label of their own follows it', () => {
    const hits = (text: string, faxFrom: number) =>
      findPhones(text, { region: 'CN', faxFrom }).map((h) => h.e164);
    expect(hits('0571-8765 4322', 0)).toEqual([]);
    expect(hits('0571-8765 4321 / 0571-8765 4322', 16)).toEqual(['+8657187654321']);
    expect(hits('手机：139 1234 5678', 0)).toEqual(['+8613912345678']);
  });

  // Pages for buyers abroad give the code without its +: the code says where the number is,
  // whatever region the page is read in.
  it.each([
    ['電話：(852) 2345 6711', 'CN', ['+85223456711']],
    ['Tel: 852-2345 6711', 'CN', ['+85223456711']],
    ['Tel: 886-2-2345-6789', 'CN', ['+886223456789']],
    ['電話：(853) 2888 1234', 'CN', ['+85328881234']],
    ['手機：(86)13912345678', 'HK', ['+8613912345678']],
    ['Mobile: 86-139 1234 5678', 'TW', ['+8613912345678']],
  ])('reads %s in %s by the country code written without its +', (text, region, expected) => {
    expect(phones(text, region)).toEqual(expected);
  });

  it.each([
    ['a national number with a trunk 0 in brackets', '電話：(04) 2491-2345', 'CN'],
    ['a number with a leading 1 read in another region', 'Tel: 1 415 555 0178', 'CN'],
  ])('does not take %s for a country code', (_, text, region) => {
    expect(phones(text, region)).toEqual([]);
  });

  it.each([
    ['a Hong Kong business registration number', '商業登記號碼：31234567', 'HK'],
    ['a Taiwan company number', '統一編號：84512376', 'TW'],
  ])('leaves %s alone, its label in traditional characters', (_, text, region) => {
    expect(phones(text, region)).toEqual([]);
  });

  it.each([
    ['Tel: 1 (415) 555-0178', 'US', ['+14155550178']],
    ['Tel: 1 415 555 0178', 'US', ['+14155550178']],
    ['T: 0 20 7946 0958', 'GB', ['+442079460958']],
  ])('takes %s in %s, a number with one one-digit group', (text, region, expected) => {
    expect(phones(text, region)).toEqual(expected);
  });

  it.each([
    ['an order number', '订单号：2024031500123'],
    ['a date', '下单日期：2024-03-15'],
    ['a date and time', '2024/03/15 14:30:00'],
    ['a day-first date after a phone label', 'Tel: 15-03-2024'],
    ['a month-first date after a phone label', 'Tel: 03.15.2024'],
    ['a postal code', '邮编：201203'],
    ['an ICP licence number', '京ICP备12345678号-1'],
    ['a public-security filing number', '沪公网安备 31011502001234号'],
    ['an ID-card number', '身份证号：110101199003071234'],
    ['a price', '价格：¥1,280.00'],
    ['a price in 元', '售价 3999 元'],
    ['a year range', '© 2008 - 2024'],
    ['a bare timestamp', '更新于 1710489600'],
    ['a bare 8-digit number', '编号 62345678'],
    ['a short code without a hotline label', '共 95588 人参加'],
    ['an invoice number', 'Invoice #100234567'],
    ['a fax number', 'Fax: +44 20 7946 0959'],
    ['a fax number after Facsimile', 'Facsimile: +44 20 7946 0959'],
    ['a fax number after F:', 'F: +44 20 7946 0959'],
    ['a fax number after a bare F', 'F +44 20 7946 0959'],
    ['a fax number after a spaced-out 传真', '传 真：0579-8523 6615'],
    ['an 11-digit number outside the mobile ranges, even after a label', '电话：12345678901'],
    ['an unassigned mobile range after a label', '手机：140 1234 5678'],
    ['a UK number reserved for drama, even after a label', 'M: +44 7700 900123'],
    ['digits grouped one by one, even after a label', '手机：1 3 9 1 2 3 4 5 6 7 8'],
    ['a list of single figures', 'Tel: 4 1 5 5 5 5 0 1 7 8'],
    ['a country code run into the number, without a +', '手机：8613912345678'],
    ['another country code before a mainland mobile, without a +', '手机：12-13912345678'],
  ])('never takes %s', (_, text) => {
    expect(phones(text)).toEqual([]);
  });
});

// Pages and cells share one phone rule: what the extractor takes after a label (or from a tel:
// link, or a selected signature) is exactly what a phone cell accepts, with the same E.164.
describe('findPhones, normalizePhone and parsePhone agree', () => {
  it.each([
    // number as written, default region, E.164 or null (not a valid number)
    ['139 1234 5678', 'CN', '+8613912345678'],
    ['+86 199 1234 5678', 'CN', '+8619912345678'],
    ['0086 166 1234 5678', 'CN', '+8616612345678'],
    ['174 0012 3456', 'CN', '+8617400123456'],
    ['+86 139 1234 5678', 'US', '+8613912345678'],
    ['12345678901', 'CN', null],
    ['140 1234 5678', 'CN', null],
    ['174 0612 3456', 'CN', null],
    ['+86 100 1234 5678', 'US', null],
    ['021-6234 5678', 'CN', '+862162345678'],
    ['(010) 8765 4321', 'CN', '+861087654321'],
    ['0755-8888 8888', 'CN', '+8675588888888'],
    ['400-820-8820', 'CN', '+864008208820'],
    ['021-1234 567', 'CN', null],
    ['0086 21 6234 5678', 'US', '+862162345678'],
    ['+44 20 7946 0958', 'CN', '+442079460958'],
    ['07911 123456', 'GB', '+447911123456'],
    ['+44 7700 900123', 'GB', null],
    ['(415) 555-0132', 'US', '+14155550132'],
    ['+1 555 555 5555', 'US', null],
    ['+49 30 1234567', 'CN', '+49301234567'],
    ['79447151183632', 'DE', null],
    ['+852 9123 4567', 'CN', '+85291234567'],
  ] as const)('%s (%s) → %s', (number, region, expected) => {
    const cell = parsePhone(number, region);
    expect(cell.ok ? cell.value : null).toBe(expected);
    const taken = expected === null ? [] : [expected];
    expect(phones(`电话：${number}`, region)).toEqual(taken);
    expect(findPhones(number, { region, lenient: true }).map((h) => h.e164)).toEqual(taken);
    expect(normalizePhone(`tel:${number}`, region)).toBe(expected);
  });
});

describe('normalizePhone', () => {
  it.each([
    ['tel:+86-139-1234-5678', 'CN', '+8613912345678'],
    ['0086 139 1234 5678', 'CN', '+8613912345678'],
    ['(415) 555-0132', 'US', '+14155550132'],
    ['95588', 'CN', '+8695588'],
    ['not a phone', 'CN', null],
    ['12', 'CN', null],
    ['+1 415 555 100', 'US', null],
  ])('%s (%s) → %s', (value, region, expected) => {
    expect(normalizePhone(value, region)).toBe(expected);
  });
});

describe('findPhones in a column headed as phones', () => {
  const inColumn = (text: string, region: string, phoneColumn: boolean) =>
    findPhones(text, { region, phoneColumn }).map((h) => h.e164);

  // A Singapore directory's Tel and H/P columns: eight digits, no country code, no label in the cell.
  it.each([
    ['6293 4471', 'SG', ['+6562934471']],
    ['9127 3368', 'SG', ['+6591273368']],
    ['+60 12-718 4433', 'SG', ['+60127184433']],
    ['2345 6789', 'HK', ['+85223456789']],
    // The shapes of numbers in other columns stay what they are, even in a phone column.
    ['188979', 'SG', []],
    ['2024', 'SG', []],
    ['Order No. 6293 4471', 'SG', []],
  ])('reads %s in %s under the column header', (text, region, expected) => {
    expect(inColumn(text, region, true)).toEqual(expected);
  });

  it.each([
    ['6293 4471', 'SG'],
    ['2345 6789', 'HK'],
  ])('leaves %s (%s) without a header or a label: an order number looks the same', (text, region) => {
    expect(inColumn(text, region, false)).toEqual([]);
  });
});

describe('Hungarian numbers as Hungary writes them', () => {
  // A mobile's network code (20, 30, 31, 50, 70) and seven digits, dialled with the trunk 06.
  const mobile = fc.record({
    network: fc.constantFrom('20', '30', '31', '50', '70'),
    first: fc.integer({ min: 200, max: 999 }),
    last: fc.integer({ min: 0, max: 9999 }),
  });

  it('finds a mobile written with dashes, or with the slash after its network code, as the same number', () => {
    fc.assert(
      fc.property(mobile, ({ network, first, last }) => {
        const rest = String(last).padStart(4, '0');
        const e164 = `+36${network}${first}${rest}`;
        expect(phones(`mobil: 06-${network}-${first}-${rest}`, 'HU')).toEqual([e164]);
        expect(phones(`Mobil: 06-${network}/${first}-${rest}`, 'HU')).toEqual([e164]);
      }),
    );
  });
});
