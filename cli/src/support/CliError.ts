/** An error the user can act on: printed as `crm: <message>` without a stack (exit code 1 by default). */
export class CliError extends Error {
  override readonly name = 'CliError';
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
  }
}
