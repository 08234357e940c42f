/**
 * The Sheets API address the end-to-end tests point the CLI at (CRM_SHEETS_ROOT_URL: the REST
 * double on 127.0.0.1), or undefined for Google's own. The built command users run is the one
 * the tests run, so the variable is read there too: only a loopback address is taken, so that
 * a variable left in an environment cannot send the user's Google credentials and sheets to
 * another host.
 */
export function sheetsRootUrlFromEnv(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const url = env.CRM_SHEETS_ROOT_URL;
  return url && isLoopbackUrl(url) ? url : undefined;
}

/** http(s) on 127.0.0.1, localhost or [::1]: this machine. */
function isLoopbackUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return (
      (url.protocol === 'http:' || url.protocol === 'https:') &&
      ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname)
    );
  } catch {
    return false;
  }
}
