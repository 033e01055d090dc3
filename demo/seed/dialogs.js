// All hand-written dialog specs, in one list.

import { PERSON_DIALOGS } from './dialogs-person.js';
import { BUSINESS_DIALOGS } from './dialogs-business.js';

export const HAND_WRITTEN_DIALOGS = [...PERSON_DIALOGS, ...BUSINESS_DIALOGS];
