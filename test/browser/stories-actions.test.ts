/** Storybook stories of <dialog-actions> in the test suite: see stories.test.ts. */
import * as stories from '../../stories/dialog-actions.stories.js';
import { describeStories } from '../../stories/fixtures/harness.js';

describeStories('dialog-actions', stories, ['Priorities', 'Unauthorized', 'DeletePrompt', 'Failed']);
