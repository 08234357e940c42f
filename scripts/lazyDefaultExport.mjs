// The source of a stand-in module whose default export is a heavy module loaded the first time a
// property is read, for bundles that must not pay for it at start-up (the CLI, the add-on).

/**
 * `prelude` defines `load()`, which returns the real module (and caches it); the stand-in's
 * default export forwards every property read, `in` test and key listing to it.
 */
export function lazyDefaultExport(prelude) {
  return `${prelude}
export default new Proxy({}, {
  get: (_, key) => load()[key],
  has: (_, key) => key in load(),
  ownKeys: () => Reflect.ownKeys(load()),
  getOwnPropertyDescriptor: (_, key) => Object.getOwnPropertyDescriptor(load(), key),
});`;
}
