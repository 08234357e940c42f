import { describe, expect, it } from 'vitest';
import type { TableRole } from '../model/table.ts';
import { isRoleSheetName } from './roleSheetNames.ts';

describe('isRoleSheetName', () => {
  it.each<[string, TableRole]>([
    ['订单', 'orders'],
    [' Orders ', 'orders'],
    ['訂單', 'orders'],
    ['訂單明細', 'orders'],
    ['消費記錄', 'orders'],
    ['交易明细', 'orders'],
    ['銷貨明細', 'orders'],
    ['客戶', 'customers'],
    ['客戶名單', 'customers'],
    ['投訴記錄', 'complaints'],
    ['客訴', 'complaints'],
  ])('%j holds the %s', (name, role) => {
    expect(isRoleSheetName(name, role)).toBe(true);
  });

  it.each<[string, TableRole]>([
    ['訂單', 'customers'],
    ['說明', 'orders'],
    ['Sheet1', 'orders'],
    ['客戶', 'orders'],
  ])('%j does not hold the %s', (name, role) => {
    expect(isRoleSheetName(name, role)).toBe(false);
  });
});
