/**
 * A problem the user can fix (bad layout, missing sheet, lock held elsewhere). Jobs throw it
 * before changing anything; the menu shows it in an alert, the sidebar in its error banner.
 */
export class AddonError extends Error {
  override readonly name = 'AddonError';
}
