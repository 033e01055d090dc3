/** The design review page of <dialog-actions> (stories/design-review) in the test suite: see describeReview. */
import * as stories from '../../stories/design-review/dialog-actions.review.stories.js';
import { describeReview } from '../../stories/fixtures/harness.js';

describeReview('dialog-actions', stories);
