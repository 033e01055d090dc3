/** Storybook stories of <dialog-view> in the test suite: see stories.test.ts. */
import * as stories from '../../stories/dialog-view.stories.js';
import { describeStories } from '../../stories/fixtures/harness.js';

describeStories('dialog-view', stories, ['RequiresAttention', 'Threads', 'UnauthorizedMessage', 'NotFound']);
