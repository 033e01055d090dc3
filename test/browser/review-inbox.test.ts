/** The design review page of <dialog-inbox> (stories/design-review) in the test suite: see describeReview. */
import * as stories from '../../stories/design-review/dialog-inbox.review.stories.js';
import { describeReview } from '../../stories/fixtures/harness.js';

describeReview('dialog-inbox', stories, ['DialogOpen']);
