/**
 * An object whose properties are made on first read and kept: the composition root uses it so that a
 * process serving one call (a CLI command) builds only the services that call needs. A factory may read
 * other properties of the same object; a cycle between factories would recurse, so it throws instead.
 */
export function lazyObject<T extends object>(factories: { [K in keyof T]: () => T[K] }): T {
  const target = {} as T;
  for (const key of Object.keys(factories) as (keyof T)[]) {
    let state: 'new' | 'making' | 'made' = 'new';
    let value: T[typeof key] | undefined;
    Object.defineProperty(target, key, {
      enumerable: true,
      get() {
        if (state === 'made') return value;
        if (state === 'making') throw new Error(`lazyObject: ${String(key)} depends on itself`);
        state = 'making';
        try {
          value = factories[key]();
          state = 'made';
          return value;
        } finally {
          if (state === 'making') state = 'new';
        }
      },
    });
  }
  return target;
}
