// Schema-driven fuzzing of the list in a real Chromium (test/support/fuzz-render.mjs): a file of its own, so
// that it runs beside the other kind.
import { fuzzRender } from '../support/fuzz-render.mjs';

fuzzRender('list');
