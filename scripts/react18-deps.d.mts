/** Absolute path of test/react18/ (with a trailing slash). */
export declare const REACT18_DIR: string;
/** True when test/react18/node_modules was installed from the current lockfile. */
export declare function react18DepsFresh(): boolean;
/** Installs test/react18's dependencies when missing or stale; returns whether it installed. */
export declare function ensureReact18Deps(options?: { quiet?: boolean }): boolean;
