import { LazyPart } from '../shared/lazy-part.js';

/**
 * The list's extras (list-extras.ts), a chunk: the filter panel's fields (loaded when the panel is first opened), the
 * list's own refresh (the first rows do not need it), windowing (only a long list needs it) and the label runner;
 * fetched when the browser is idle after the first rows. One loader for all of them: one prefetch, one retry.
 */
export const extras = new LazyPart(() => import('./list-extras.js'));
