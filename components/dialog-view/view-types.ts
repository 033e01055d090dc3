// Types the view's helper modules share.
export type { Dialog, DialogTransmission, DialogAttachment, ContentValue } from '../../src/api/types.js';
export type { Lang, Messages } from '../../src/i18n/index.js';
import type { components } from '../../src/api/openapi.gen.js';
export type Actor = components['schemas']['Actor'];
export type NavigationalAction = components['schemas']['DialogTransmissionNavigationalAction'];
