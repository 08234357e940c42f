import { describe, expect, it } from 'vitest';
import { salutationFor } from './salutation.ts';

describe('salutationFor', () => {
  it.each([
    ['王建国', '总经理', null, '王总'],
    ['王建国', '销售总监', '男', '王总'],
    ['刘芳', '副总裁', '女', '刘总'],
    ['赵德明', '董事长', '男', '赵董'],
    ['孙丽', '采购经理', '女', '孙经理'],
    ['周敏', '办公室主任', null, '周主任'],
    ['吴强', 'CEO', null, '吴总'],
    ['陈静', null, '女', '陈女士'],
    ['李明', '', '男', '李先生'],
    ['欧阳娜娜', null, 'female', '欧阳女士'],
    ['司马光明', '工程师', 'M', '司马先生'],
    ['张伟', '工程师', null, '张伟'],
    ['迪丽热巴·迪力木拉提', null, '女', '迪丽热巴·迪力木拉提'],
    ['John Smith', null, 'male', 'Smith 先生'],
    ['Anna Müller', 'Director', null, 'Anna Müller'],
    [null, '总经理', '男', '尊敬的客户'],
    ['   ', null, null, '尊敬的客户'],
    // Notes kept in the name cell are not read out to the customer.
    ['张总（老客户）', null, null, '张总'],
    ['王芳 (VIP)', null, '女', '王女士'],
    ['李娜【重要】', '采购经理', null, '李经理'],
    ['（待定）', null, null, '（待定）'],
  ])('addresses %s (%s, %s) as %s in Chinese', (name, title, gender, expected) => {
    expect(salutationFor(name, title, gender, 'zh')).toBe(expected);
  });

  it.each([
    ['John Smith', null, 'M', 'Mr. Smith'],
    ['Anna  Müller', null, 'Female', 'Ms. Müller'],
    ['Wei Chen', 'Dr', 'male', 'Dr. Chen'],
    ['Maria Garcia', 'Chief Physician, PhD', 'F', 'Dr. Garcia'],
    ['Alex Taylor', 'CEO', null, 'Alex Taylor'],
    ['Madonna', null, 'female', 'Madonna'],
    ['王建国', '总经理', '男', '王建国'],
    [null, null, null, 'customer'],
    // As name cells are kept: family name first, a note in brackets, capitals from an export.
    ['Smith, Jane (Ms.)', null, null, 'Ms. Smith'],
    ['Smith, Jane', null, null, 'Jane Smith'],
    ['JOHN DOE', null, null, 'John Doe'],
    ["MARY O'BRIEN-LEE", null, 'F', "Ms. O'Brien-Lee"],
    ['McDonald, Ian', null, 'M', 'Mr. McDonald'],
    ['Jane Doe (new lead)', null, null, 'Jane Doe'],
  ])('addresses %s (%s, %s) as %s in English', (name, title, gender, expected) => {
    expect(salutationFor(name, title, gender, 'en')).toBe(expected);
  });
});
