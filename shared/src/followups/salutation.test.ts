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
  ])('addresses %s (%s, %s) as %s in English', (name, title, gender, expected) => {
    expect(salutationFor(name, title, gender, 'en')).toBe(expected);
  });
});
