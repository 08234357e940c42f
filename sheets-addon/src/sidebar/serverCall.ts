// Typed google.script.run (as enuchi/React-Google-Apps-Script does): the types of every call come
// from `typeof` the server surface, so a renamed or re-typed server function fails the build.
import type * as Server from '../server/index.ts';
import { ScriptRunUnavailableError } from './ScriptRunUnavailableError.ts';

type ServerSurface = typeof Server;
type FunctionName = {
  [K in keyof ServerSurface]: ServerSurface[K] extends (...args: never[]) => unknown ? K : never;
}[keyof ServerSurface];
type Fn<K extends FunctionName> = ServerSurface[K] extends (...args: infer A) => infer R
  ? { args: A; result: R }
  : never;

interface ScriptRun {
  withSuccessHandler(handler: (value: unknown) => void): ScriptRun;
  withFailureHandler(handler: (error: Error) => void): ScriptRun;
  [name: string]: unknown;
}

declare global {
  interface Window {
    google?: { script: { run: ScriptRun } };
  }
}

/** Calls a server function through google.script.run and resolves with its (typed) result. */
export function serverCall<K extends FunctionName>(
  name: K,
  ...args: Fn<K>['args']
): Promise<Fn<K>['result']> {
  return new Promise((resolve, reject) => {
    const run = window.google?.script.run;
    if (!run) {
      reject(new ScriptRunUnavailableError());
      return;
    }
    const runner = run
      .withSuccessHandler((value) => resolve(value as Fn<K>['result']))
      .withFailureHandler(reject);
    (runner[name] as (...a: unknown[]) => void)(...args);
  });
}

export type {
  AddonSettings,
  AddonStatus,
  CrossBorderNotice,
  JobName,
  JobResult,
  PersonRequestResult,
  PrivacyTableResult,
} from '../server/index.ts';
export type SettingsView = Fn<'getSettings'>['result'];
