/** The design review page of <dialog-list> (stories/design-review) in the test suite: see describeReview. */
import * as stories from '../../stories/design-review/dialog-list.review.stories.js';
import { describeReview } from '../../stories/fixtures/harness.js';

describeReview('dialog-list', stories, ['Statuses', 'ChipCombinations']);
