import { describe, expect, it } from 'vitest';
import { fieldLabel, labelField, labelledValues, splitParts } from './fieldLabel.ts';

describe('labelField', () => {
  // As Hong Kong, Taiwan and Macau pages write them.
  it.each([
    ['聯絡人', 'name'],
    ['連絡人', 'name'],
    ['聯繫人', 'name'],
    ['職稱', 'title'],
    ['公司名稱', 'organization'],
    ['電話', 'phone'],
    ['手機', 'phone'],
    ['手提', 'phone'],
    ['手提電話', 'phone'],
    ['流動電話', 'phone'],
    ['行動電話', 'phone'],
    ['電郵', 'email'],
    ['電子郵件', 'email'],
    ['電子信箱', 'email'],
    ['傳真', 'fax'],
    ['網址', 'web'],
    // A Hong Kong table's column headers, the Chinese first.
    ['電話 Tel', 'phone'],
    ['電郵 Email', 'email'],
    ['姓名 Name', 'name'],
    // Halves that disagree say nothing.
    ['傳真 Tel', null],
    // Whom to deal with, in Hungarian and German: the contact person, the clerk, the site manager.
    ['Kapcsolattartó', 'name'],
    ['Ügyintéző', 'name'],
    ['Telephelyvezető', 'name'],
    ['Ansprechpartnerin', 'name'],
  ])('reads the label %s as %s', (label, field) => {
    expect(labelField(label)).toBe(field);
  });

  it.each([
    ['传 真', 'fax'],
    ['传真号码', 'fax'],
    ['Facsimile', 'fax'],
    ['Fax No.', 'fax'],
  ])('reads the fax label %s', (label, field) => {
    expect(labelField(label)).toBe(field);
  });

  // Hebrew labels: a mobile, a phone and a direct one, a mailbox, a fax, a contact person.
  it.each([
    ['נייד', 'phone'],
    ["טל'", 'phone'],
    ["טל' ישיר", 'phone'],
    ['דוא"ל', 'email'],
    ['פקס', 'fax'],
    ['איש קשר', 'name'],
  ])('reads the Hebrew label %s as %s', (label, field) => {
    expect(labelField(label)).toBe(field);
  });

  it('gives the value after a Hebrew label', () => {
    expect(fieldLabel('נייד: 050-8843126')).toEqual({ field: 'phone', value: '050-8843126' });
  });

  it('gives the value after a traditional label as written', () => {
    expect(fieldLabel('聯絡人：陳大文')).toEqual({ field: 'name', value: '陳大文' });
  });
});

describe('labels of notices and bilingual directories', () => {
  it.each([
    // A procurement notice's contacts: what the person answers for before 联系人, and in brackets.
    ['项目联系人（询问）', 'name'],
    ['质疑联系人', 'name'],
    ['采购联系人', 'name'],
    ['联系电话（手机）', 'phone'],
    ['Tel (office)', 'phone'],
    // A Singapore or Malaysian directory's headers, English and Chinese.
    ['Tel 电话', 'phone'],
    ['H/P 手机', 'phone'],
    ['H/P', 'phone'],
    ['Email 电邮', 'email'],
    ['Contact Person 联络人', 'name'],
    ['Company 公司', 'organization'],
    // Halves that disagree, or a half that is no label, say nothing for sure.
    ['Fax 电话', null],
    ['No. 编号', null],
  ])('reads %s as %s', (label, field) => {
    expect(labelField(label)).toBe(field);
  });

  it.each([
    ['项目联系人（询问）：周敏', [['项目联系人', 'name', '周敏']]],
    [
      '外贸业务：Linda 林晓燕　手机/微信：159 5792 3380',
      [
        ['外贸业务', null, 'Linda 林晓燕'],
        ['微信', 'wechat', '159 5792 3380'],
      ],
    ],
    // A label in Greek letters, longer than a Latin one may be.
    ['Υπεύθυνος καταστήματος: Χρήστος Μαυρίδης', [['Υπεύθυνος καταστήματος', null, 'Χρήστος Μαυρίδης']]],
    [
      '联系人：Kevin Tan Tel/WhatsApp: 9123 4567',
      [
        ['联系人', 'name', 'Kevin Tan'],
        ['WhatsApp', 'phone', '9123 4567'],
      ],
    ],
  ])(
    'cuts %s into its labelled values, a label joined by a slash standing with the next',
    (text, expected) => {
      expect(labelledValues(text).map((lv) => [lv.label, lv.field, lv.value])).toEqual(expected);
    },
  );
});

describe('splitParts', () => {
  it.each([
    ['刘洋 | 经理 / 公司', ['刘洋', '经理', '公司']],
    // The slash of a name's "son of" or "daughter of" is part of the name.
    ['Rajesh Kumar a/l Subramaniam / Logistics', ['Rajesh Kumar a/l Subramaniam', 'Logistics']],
    ['Kavitha d/o Ramasamy', ['Kavitha d/o Ramasamy']],
    ['Sales / Service', ['Sales', 'Service']],
    // A dash or a comma inside a bracketed title divides the title, not the line.
    [
      'Ms. Chan Wing Yan (Senior Sales Executive – Europe & Middle East) | Direct',
      ['Ms. Chan Wing Yan (Senior Sales Executive – Europe & Middle East)', 'Direct'],
    ],
  ])('splits %s into %j', (line, parts) => {
    expect(splitParts(line)).toEqual(parts);
  });
});

describe('labels in Latin letters with their accents', () => {
  it.each<[string, string | null]>([
    ['Kontakt dla mediów', 'name'],
    ['Osoba do kontaktu', 'name'],
    ['Người liên hệ', 'name'],
    ['Contacto comercial', 'name'],
    ['Encargada de enoturismo', 'name'],
    ['Cel.', 'phone'],
    ['Fono', 'phone'],
    ['Propozycje wystąpień', null],
  ])('reads the label %s as %s', (label, field) => {
    expect(labelField(label)).toBe(field);
  });

  it('finds such a label on a line and reads the name after it', () => {
    expect(fieldLabel('Kontakt dla mediów: Paweł Dąbrowski, PR & Marketing Manager')).toEqual({
      field: 'name',
      value: 'Paweł Dąbrowski, PR & Marketing Manager',
    });
    expect(labelledValues('Kontakt dla mediów: Paweł Dąbrowski').map((v) => v.field)).toEqual(['name']);
  });

  it('reads a label in Cyrillic letters, and a Chinese one spaced out to the width of a longer one', () => {
    expect(labelledValues('Търговски представител: Георги Ангелов, моб. 0898 42 77 16')[0]).toMatchObject({
      label: 'Търговски представител',
      value: 'Георги Ангелов, моб. 0898 42 77 16',
    });
    expect(labelledValues('Тел.: 02/957 31 80').map((v) => v.field)).toEqual(['phone']);
    expect(labelledValues('联 系 人：Nguyễn Thị Thu（阮氏秋，中越双语）')[0]).toMatchObject({
      field: 'name',
      value: 'Nguyễn Thị Thu（阮氏秋，中越双语）',
    });
    // Read together, as the title it is.
    expect(labelledValues('负 责 人：马春雷（手机 139-1873-0462）')[0]).toMatchObject({ label: '负责人' });
  });
});

describe('labels where a URL scheme or a bracket stands close', () => {
  it.each<[string, Array<string | null>]>([
    // TEL： is a label, though tel: written on to a number is a link's scheme.
    ['TEL：+81-92-473-6218　担当：中村 裕介', ['phone', 'name']],
    ['Tel: 0532-8589 6600', ['phone']],
    ['tel:+8653285896600', []],
    // A label right after a closing bracket: the department after a name, then the mobile's label.
    ['担当：中村 裕介（営業部）携帯：+81-90-4172-3856', ['name', 'phone']],
    ['联系人：张伟（经理）电话：0532-8589 6600', ['name', 'phone']],
    // A Portuguese unit's head, a label of 22 letters.
    ['Responsável da unidade: Eng.º Luís Godinho', ['name']],
  ])('finds the labels of %s', (text, fields) => {
    expect(labelledValues(text).map((v) => v.field)).toEqual(fields);
  });
});
