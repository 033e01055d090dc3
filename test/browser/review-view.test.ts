/** The design review page of <dialog-view> (stories/design-review) in the test suite: see describeReview. */
import * as stories from '../../stories/design-review/dialog-view.review.stories.js';
import { describeReview } from '../../stories/fixtures/harness.js';

describeReview('dialog-view', stories, ['RequiresAttention']);
