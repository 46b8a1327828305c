/** Types of start.mjs (plain JavaScript, so that it runs before anything is built). */
export declare const BUILD_STAMP: string;
export declare function buildIsStale(root: string): boolean;
