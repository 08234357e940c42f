/**
 * Compile-time switches. Plasmo inlines `process.env.PLASMO_PUBLIC_*` into the bundles when it
 * builds (https://docs.plasmo.com/framework/env), so the branches a switch turns off are
 * dropped from the shipped code; scripts/build.ts sets them per flavour.
 */

/**
 * True only in the test build (`npm run build:extension:test`): the Sheets API base URL can be
 * set to a loopback double and an injected access token replaces the Google sign-in.
 */
export const TEST_HOOKS: boolean = process.env.PLASMO_PUBLIC_CRM_TEST_HOOKS === 'true';

/**
 * The organisation's OAuth client ID, built in once for every salesperson
 * (PLASMO_PUBLIC_OAUTH_CLIENT_ID); empty when the build has none, and then each user enters
 * one in the options page.
 */
export const BUILT_IN_OAUTH_CLIENT_ID: string = (process.env.PLASMO_PUBLIC_OAUTH_CLIENT_ID ?? '').trim();
