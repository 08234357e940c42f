import type { Contact } from '@crm/shared';
import type { Clip } from '../model/clip.ts';

/** A realistic saved clip for unit tests; override any part. */
export function clipFixture(id: string, contact: Partial<Contact> = {}, extra: Partial<Clip> = {}): Clip {
  return {
    id,
    contact: {
      name: '陈静',
      title: '销售总监',
      organization: '上海远帆供应链管理有限公司',
      emails: ['chen.jing@yuanfan-scm.cn'],
      phones: ['+8613912345678'],
      socialUrls: [],
      tags: ['展会2024'],
      legalBasis: 'public-business-contact',
      ...contact,
    },
    origin: { url: 'https://yuanfan-scm.example.cn/contact', kind: 'json-ld' },
    createdAt: '2026-03-05T08:00:00.000Z',
    updatedAt: '2026-03-05T08:00:00.000Z',
    syncedAt: null,
    ...extra,
  };
}
