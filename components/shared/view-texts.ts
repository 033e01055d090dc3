import { addTexts } from '../../src/i18n/index.js';
import { viewNb } from '../../src/i18n/view-nb.js';

/**
 * Adds bokmål's texts of the dialog view and its actions, which only they read: they live in their chunk, so the first
 * rows do not wait for them. Both classes call it in a static block, so the texts are in the catalog before either
 * renders, in every build (the other languages' catalogs hold them already).
 */
export const addBokmalViewTexts = (): void => addTexts(viewNb);
