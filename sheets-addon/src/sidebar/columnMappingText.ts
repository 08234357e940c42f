// The column mapping (header text → customer field) as the settings form shows it: one
// `header = field` per line, the form a user can type without knowing JSON.

/** One `header = field` line per mapped header. */
export function formatColumnMapping(mapping: Record<string, string>): string {
  return Object.entries(mapping)
    .map(([header, field]) => `${header} = ${field}`)
    .join('\n');
}

/**
 * Reads what the user typed. A header may itself contain "=", so each line splits at its last
 * "="; lines without a header or a field are skipped. Whether the field exists is the server's
 * check (the core's ConfigSchema), which names the bad entry.
 */
export function parseColumnMapping(text: string): Record<string, string> {
  const mapping: Record<string, string> = {};
  for (const line of text.split('\n')) {
    const at = line.lastIndexOf('=');
    if (at <= 0) continue;
    const header = line.slice(0, at).trim();
    const field = line.slice(at + 1).trim();
    if (header && field) mapping[header] = field;
  }
  return mapping;
}
