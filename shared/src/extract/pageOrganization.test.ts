import { describe, expect, it } from 'vitest';
import { organizationInCopyright } from './pageOrganization.ts';

describe('organizationInCopyright', () => {
  it.each([
    ['© 2024 永昌國際集團 版權所有', '永昌國際集團'],
    ['Copyright © 2024 信昌閥門集團 保留所有權利', '信昌閥門集團'],
    ['版權所有 © 2008-2024 澳門濠景酒店管理集團', '澳門濠景酒店管理集團'],
  ])('finds the company in %s, as written', (line, organization) => {
    expect(organizationInCopyright(line)).toBe(organization);
  });
});
