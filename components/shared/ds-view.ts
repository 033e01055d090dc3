import { unsafeCSS } from 'lit';
import { dsViewCss } from './ds-view.gen.js';

/**
 * Designsystemet's links, dialogs and details, which only the dialog view and its actions use: a sheet of their own,
 * in their chunk, so the first rows do not wait for it (one constructable sheet for every instance, as the rest).
 */
export const designsystemetView = unsafeCSS(dsViewCss);
