/**
 * Values made once per process, shared by every copy of the module that asks for them. Next
 * bundles the route handlers (feeds, sitemap, llms.txt) apart from the pages, so a render worker
 * runs two copies of lib/posts: with module-level caches each copy held every post and built its
 * own people directory — twice the archive in every worker (bench/README.md: memory). The values
 * live on `globalThis` under a registered symbol, which both copies see.
 */
const STORE = Symbol.for('daedam.once-per-process');

function store(): Map<string, unknown> {
  const holder = globalThis as typeof globalThis & { [STORE]?: Map<string, unknown> };
  holder[STORE] ??= new Map();
  return holder[STORE];
}

/** The value under `key`, made by `make` the first time any copy of any module asks. */
export function oncePerProcess<T>(key: string, make: () => T): T {
  const values = store();
  if (!values.has(key)) values.set(key, make());
  return values.get(key) as T;
}

/** Sets the value under `key` for the rest of the process (a value made elsewhere). */
export function setForProcess<T>(key: string, value: T): void {
  store().set(key, value);
}
