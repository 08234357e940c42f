import type { Contact } from '@crm/shared';
import { describe, expect, it } from 'vitest';
import type { Clip } from '../model/clip.ts';
import { clipFixture } from '../testing/clipFixture.ts';
import { planBulkSave } from './planBulkSave.ts';

const NOW = '2026-12-01T10:00:00.000Z';
const origin = { url: 'https://brightwave.example.io/team', kind: 'text' } as const;
let next = 0;
const newClip = (contact: Contact, o: Clip['origin']): Clip => ({
  ...clipFixture(`new-${++next}`, contact, { origin: o, createdAt: NOW, updatedAt: NOW }),
  contact,
});
const item = (contact: Record<string, unknown>) => ({
  contact: { legalBasis: 'public-business-contact', emails: [], phones: [], ...contact },
  origin,
});

// Saved before: Rosa with her email only (clipped from a mail), and 陈静 with everything.
const rosa = clipFixture('rosa', {
  name: 'Rosa Martinez',
  title: undefined,
  organization: undefined,
  emails: ['rosa@brightwave.io'],
  phones: [],
  tags: [],
});
const chen = clipFixture('chen');

describe('planBulkSave', () => {
  it('saves new people, merges new details into a saved one, and leaves a saved one with nothing new alone', () => {
    const plan = planBulkSave(
      [rosa, chen],
      [
        item({ name: 'Kevin Liu', title: 'Co-founder & CEO', emails: ['kevin@brightwave.io'] }),
        item({
          name: 'Rosa Martinez',
          title: 'Head of Customer Success',
          emails: ['Rosa@Brightwave.io'],
          phones: ['+15125550124'],
        }),
        item({ name: '陈静', emails: ['chen.jing@yuanfan-scm.cn'] }),
      ],
      'CN',
      newClip,
      NOW,
    );
    expect(plan.result).toEqual({ saved: 1, merged: 1, unchanged: 1, conflicting: 0, invalid: 0 });
    expect(plan.added.map((c) => c.contact.name)).toEqual(['Kevin Liu']);
    expect(plan.updated).toHaveLength(1);
    expect(plan.updated[0]).toMatchObject({
      id: 'rosa',
      createdAt: rosa.createdAt,
      updatedAt: NOW,
      contact: {
        name: 'Rosa Martinez',
        title: 'Head of Customer Success',
        emails: ['rosa@brightwave.io'],
        phones: ['+15125550124'],
      },
    });
    expect(plan.clips.map((c) => c.id)).toEqual(['rosa', 'chen', plan.added[0]?.id]);
    expect(plan.clips[1]).toBe(chen);
  });

  it('keeps the saved value where both differ, and says so', () => {
    const plan = planBulkSave(
      [chen],
      [
        item({
          name: '陈静',
          title: '华东区销售总监',
          emails: ['chen.jing@yuanfan-scm.cn'],
          phones: ['+862161234567'],
        }),
      ],
      'CN',
      newClip,
      NOW,
    );
    expect(plan.result).toEqual({ saved: 0, merged: 1, unchanged: 0, conflicting: 1, invalid: 0 });
    expect(plan.updated[0]?.contact).toMatchObject({
      title: '销售总监',
      phones: ['+8613912345678', '+862161234567'],
    });
  });

  it('merges a person listed twice in the batch into the one clip it saves', () => {
    const plan = planBulkSave(
      [],
      [
        item({ name: 'Ben O’Connor', emails: ['ben@brightwave.io'] }),
        item({
          name: 'Ben O’Connor',
          wechat: 'ben_oc',
          phones: ['+17205550187'],
          emails: ['ben@brightwave.io'],
        }),
      ],
      'US',
      newClip,
      NOW,
    );
    expect(plan.result).toMatchObject({ saved: 1, merged: 1 });
    expect(plan.updated).toEqual([]);
    expect(plan.added).toHaveLength(1);
    expect(plan.added[0]?.contact).toMatchObject({ wechat: 'ben_oc', phones: ['+17205550187'] });
  });

  it('finds the saved person by a WeChat id alone', () => {
    const saved = clipFixture('li', { name: '李娜', emails: [], phones: [], wechat: 'lina_lvzhou' });
    const plan = planBulkSave(
      [saved],
      [item({ name: '李娜', wechat: 'LiNa_LvZhou', emails: ['lina@lvzhou-env.cn'] })],
      'CN',
      newClip,
      NOW,
    );
    expect(plan.result).toMatchObject({ saved: 0, merged: 1 });
    expect(plan.updated[0]?.contact.emails).toEqual(['lina@lvzhou-env.cn']);
  });

  it('counts an invalid candidate and saves nothing for it', () => {
    const plan = planBulkSave([], [item({ emails: ['not-an-email'] })], 'CN', newClip, NOW);
    expect(plan.result).toEqual({ saved: 0, merged: 0, unchanged: 0, conflicting: 0, invalid: 1 });
    expect(plan.clips).toEqual([]);
  });
});
