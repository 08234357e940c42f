import type { Cell } from '../model/table.ts';

/**
 * A school's register as it is kept: each student's further courses on the rows below their
 * first, 学号, 学员姓名 and 家长电话 left blank there (or merged over them: A2:C3 and A4:C6),
 * 报名日期 a purchase date, 实收学费 the fee. QM001 pays 2880 + 1600, QM003 2400 + 2880 + 2200,
 * QM004 3840.
 */
export function schoolRegisterRows(): Cell[][] {
  return [
    ['学号', '学员姓名', '家长电话', '报名日期', '课程', '实收学费'],
    ['QM001', '李可馨', '13812345601', '2026-08-20', '少儿美术', 2880],
    ['', '', '', '2026-08-20', '书法入门', 1600],
    ['QM003', '陈雨桐', '15157101234', '2026-08-25', '拉丁舞启蒙', 2400],
    ['', '', '', '2026-09-10', '少儿美术（周日下午）', 2880],
    ['', '', '', '2026-11-05', '拉丁舞启蒙（续费）', 2200],
    ['QM004', '赵一鸣', '13757198765', '2026-09-01', '围棋中级', 3840],
  ];
}
