/** Storybook stories of <dialog-list> in the test suite: see stories.test.ts. */
import * as stories from '../../stories/dialog-list.stories.js';
import { describeStories } from '../../stories/fixtures/harness.js';

describeStories('dialog-list', stories, ['Inbox', 'Filters', 'BulkMode', 'ServerError', 'Loading']);
