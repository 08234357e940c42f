import { knownCustomersFromSheet } from '../logic/knownCustomers.ts';
import { spreadsheetIdOf } from '../model/settings.ts';
import { createSheetsClient } from '../sheets/sheetsClient.ts';
import { getAccessToken } from '../worker/accessToken.ts';
import {
  type KnownCustomerCache,
  readKnownCustomers,
  readSettings,
  writeKnownCustomers,
} from '../worker/storage.ts';
import { defineFeature } from './feature.ts';

/** The sheet is read at most this often for the badge (one values.get of the whole sheet). */
const CACHE_MS = 10 * 60_000;

/**
 * Known customer badge: a cached lookup of the synced sheet's emails and phones with the managed
 * columns 客户分群 / Segment and 下次跟进 / Next follow-up; the panel matches candidates locally.
 */
export const knownCustomer = defineFeature({
  id: 'known-customer',
  handlers: {
    async 'refresh-known-customers'(): Promise<KnownCustomerCache | null> {
      const settings = await readSettings();
      const spreadsheetId = spreadsheetIdOf(settings.spreadsheet);
      if (!spreadsheetId) return null;
      const cached = await readKnownCustomers();
      const key = `${settings.apiBaseUrl}|${spreadsheetId}|${settings.sheetName}`;
      if (cached && cached.spreadsheet === key && Date.now() - cached.fetchedAt < CACHE_MS) return cached;
      const client = createSheetsClient({
        baseUrl: settings.apiBaseUrl,
        spreadsheetId,
        accessToken: await getAccessToken(settings, false),
      });
      const values = await client.getValues(`'${settings.sheetName.replace(/'/g, "''")}'`);
      const cache: KnownCustomerCache = {
        fetchedAt: Date.now(),
        spreadsheet: key,
        customers: knownCustomersFromSheet(values, settings.region),
      };
      await writeKnownCustomers(cache);
      return cache;
    },
  },
});
