import browser from 'webextension-polyfill';
import {
  KNOWN_CUSTOMER_TTL_MS,
  type KnownCustomerCache,
  keyHash,
  knownCustomersFromSheet,
} from '../logic/knownCustomers.ts';
import { sheetsApiBaseOf, spreadsheetIdOf } from '../model/settings.ts';
import { createSheetsClient } from '../sheets/sheetsClient.ts';
import { getAccessToken } from '../worker/accessToken.ts';
import {
  forgetKnownCustomers,
  readCrossBorderAcknowledgement,
  readKnownCustomers,
  readSettings,
  writeKnownCustomers,
} from '../worker/storage.ts';
import { defineFeature } from './feature.ts';

/** Drops the cache when it expires, even if no panel asks for it again. */
const EXPIRY_ALARM = 'known-customers-expire';

/**
 * Known customer badge: a lookup of the synced sheet's rows by hashed email and phone, with the
 * managed columns 客户分群 / Segment and 下次跟进 / Next follow-up; the panel matches candidates
 * locally. It is kept in memory (storage.session) for ten minutes at most, and dropped when a
 * clip is deleted, at sign-out and on "Delete all data".
 */
export const knownCustomer = defineFeature({
  id: 'known-customer',
  install() {
    browser.alarms.onAlarm.addListener((alarm) => {
      if (alarm.name === EXPIRY_ALARM) void forgetKnownCustomers();
    });
  },
  handlers: {
    async 'refresh-known-customers'(): Promise<KnownCustomerCache | null> {
      const settings = await readSettings();
      const spreadsheetId = spreadsheetIdOf(settings.spreadsheet);
      if (!spreadsheetId) return null;
      // Reading the sheet is a request to Google too: none before the cross-border notice is confirmed.
      if (!(await readCrossBorderAcknowledgement())) return null;
      const baseUrl = sheetsApiBaseOf(settings);
      const source = keyHash(`${baseUrl}|${spreadsheetId}|${settings.sheetName}`);
      const now = Date.now();
      const cached = await readKnownCustomers();
      if (cached && cached.source === source && now < cached.expiresAt) return cached;
      if (cached) await forgetKnownCustomers();
      const client = createSheetsClient({
        baseUrl,
        spreadsheetId,
        accessToken: await getAccessToken(settings, false),
      });
      const values = await client.getValues(`'${settings.sheetName.replace(/'/g, "''")}'`);
      const cache: KnownCustomerCache = {
        fetchedAt: now,
        expiresAt: now + KNOWN_CUSTOMER_TTL_MS,
        source,
        customers: knownCustomersFromSheet(values, settings.region),
      };
      await writeKnownCustomers(cache);
      browser.alarms.create(EXPIRY_ALARM, { when: cache.expiresAt });
      return cache;
    },
  },
});
