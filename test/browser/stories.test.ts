/**
 * Storybook stories in the test suite (1/4): every story of <dialog-inbox> and <dialog-party-picker>, rendered as
 * Storybook renders it and checked with axe-core (zero violations), some also in the dark scheme, the
 * municipality brand and large size. The stories' data comes from the in-memory fixtures
 * (stories/fixtures/responder.ts), which answer only `.invalid` origins: no Storybook, no local Dialogporten.
 * The other elements' stories are in stories-list, stories-view and stories-actions (a test file must finish
 * within web-test-runner's two minutes).
 */
import * as inbox from '../../stories/dialog-inbox.stories.js';
import * as picker from '../../stories/dialog-party-picker.stories.js';
import { describeStories } from '../../stories/fixtures/harness.js';

describeStories('dialog-inbox', inbox, ['DialogOpen', 'PartyPickerOpen']);
describeStories('dialog-party-picker', picker, ['Open']);
