/**
 * A package loaded the first time a build needs it rather than when the build starts: Chromium's driver and the
 * PDF editor cost about a second of processor time to load, and most builds take every PDF from the cache.
 * `import()` cannot do this: integrations run inside Vite's module runner, which is closed by the time the
 * build's last hooks run ("Vite module runner has been closed"). Node's own `require` is outside it.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export const loadWhenNeeded = <Package>(name: string): Package => require(name) as Package;
