import { describe, expect, it } from 'vitest';
import { abbreviates, organizationInCopyright } from './pageOrganization.ts';

describe('organizationInCopyright', () => {
  it.each([
    ['© 2024 永昌國際集團 版權所有', '永昌國際集團'],
    ['Copyright © 2024 信昌閥門集團 保留所有權利', '信昌閥門集團'],
    ['版權所有 © 2008-2024 澳門濠景酒店管理集團', '澳門濠景酒店管理集團'],
  ])('finds the company in %s, as written', (line, organization) => {
    expect(organizationInCopyright(line)).toBe(organization);
  });
});

describe('abbreviates', () => {
  it.each<[string, string, boolean]>([
    ['lonestarpt', 'Lone Star Physical Therapy', true],
    ['acmerp', 'Acme Rubber Products', true],
    ['lonestarphysicalt', 'Lone Star Physical Therapy', false],
    ['lonestar', 'Lone Star Physical Therapy', false],
    ['lspt', 'Lone Star Physical Therapy', false],
    ['kevinl', 'Kevin Liu', false],
    ['maryasmith', 'Mary Ann Smith', false],
    ['johnabsmith', 'John Alan Bruce Smith', false],
    ['pacificbridge', 'Our Locations', false],
  ])('%s spells %s: %s', (domain, name, expected) => {
    expect(abbreviates(domain, name)).toBe(expected);
  });
});
