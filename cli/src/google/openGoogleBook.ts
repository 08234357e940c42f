import { CliError } from '../support/CliError.ts';
import { terminalText } from '../support/terminalText.ts';
import { t } from '../texts/currentTexts.ts';
import { AuthSetupError, googleAuthFromEnv } from './auth.ts';
import { GoogleSpreadsheet } from './googleSpreadsheet.ts';
import { sheetsRootUrlFromEnv } from './sheetsRootUrl.ts';

/**
 * Opens a Google Sheet with the credentials of the environment (see auth.ts), retrying with
 * backoff; a sheet that cannot be found or opened is a CliError in the user's language.
 */
export async function openGoogleBook(id: string): Promise<GoogleSpreadsheet> {
  try {
    const auth = await googleAuthFromEnv();
    const rootUrl = sheetsRootUrlFromEnv();
    return await GoogleSpreadsheet.open(id, {
      auth,
      ...(rootUrl ? { rootUrl } : {}),
      backoff: {
        onRetry: (attempt, delay, reason) =>
          process.stderr.write(`crm: ${terminalText(t().google.retry(reason, attempt, delay / 1000))}\n`),
      },
    });
  } catch (error) {
    if (error instanceof AuthSetupError) throw new CliError(error.message);
    const status = (error as { status?: number }).status;
    if (status === 404) throw new CliError(t().google.notFound(id));
    if (status === 401 || status === 403)
      throw new CliError(t().google.notAllowed(id, (error as Error).message));
    throw error;
  }
}
