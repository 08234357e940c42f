import { describe, expect, it } from 'vitest';
import { contactInputFromForm, EMPTY_FORM, formFromExtracted, validateContact } from './contactForm.ts';

describe('contact form', () => {
  it('normalises emails and phones with the core parsers', () => {
    const input = contactInputFromForm(
      {
        ...EMPTY_FORM,
        name: ' 刘洋 ',
        emails: 'Liu.Yang@Yuanfan-SCM.cn\n',
        phones: '139 1234 5678\n021-6123 4567',
        tags: '展会，VIP',
        legalBasis: 'provided-by-person',
      },
      'CN',
    );
    const result = validateContact(input);
    expect(result).toMatchObject({
      ok: true,
      contact: {
        name: '刘洋',
        emails: ['liu.yang@yuanfan-scm.cn'],
        phones: ['+8613912345678', '+862161234567'],
        tags: ['展会', 'VIP'],
      },
    });
  });

  it('reports errors per field and per list item', () => {
    const result = validateContact(
      contactInputFromForm(
        { ...EMPTY_FORM, name: '陈静', phones: '+86 139 1234 5678\n12345', website: 'javascript:alert(1)' },
        'CN',
      ),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.keys(result.errors).sort()).toEqual(['legalBasis', 'phones', 'website']);
    expect(result.errors.phones?.[0]).toMatch(/E\.164.*\(#2\)/);
  });

  it('needs at least a name, an organisation, an email or a phone', () => {
    const result = validateContact(contactInputFromForm({ ...EMPTY_FORM, legalBasis: 'consent' }, 'CN'));
    expect(result.ok ? null : result.errors.name).toEqual([
      'a contact needs at least a name, an organisation, an email, a phone number or a WeChat id',
    ]);
  });

  it('prefills from a page candidate, separating social profiles from the website', () => {
    const form = formFromExtracted({
      name: 'Michael Brown',
      title: null,
      organization: 'Yuanfan',
      emails: [],
      phones: [],
      wechat: null,
      phoneRegion: null,
      address: null,
      urls: ['https://www.linkedin.com/in/mbrown', 'https://yuanfan-scm.example.cn'],
      source: 'json-ld',
      confidence: 0.9,
      evidence: [],
    });
    expect(form.website).toBe('https://yuanfan-scm.example.cn');
    expect(form.socialUrls).toBe('https://www.linkedin.com/in/mbrown');
    expect(form.legalBasis).toBe('public-business-contact');
  });
});
