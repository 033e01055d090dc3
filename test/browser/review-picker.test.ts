/** The design review page of <dialog-party-picker> (stories/design-review) in the test suite: see describeReview. */
import * as stories from '../../stories/design-review/dialog-party-picker.review.stories.js';
import { describeReview } from '../../stories/fixtures/harness.js';

describeReview('dialog-party-picker', stories);
