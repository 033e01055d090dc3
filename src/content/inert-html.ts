/**
 * Parses an untrusted HTML string into an inert document: scripts do not run and nothing loads; the caller
 * rebuilds what it keeps from an allow-list and never inserts the string itself.
 *
 * Under Trusted Types (`require-trusted-types-for 'script'`) the string goes through a policy named
 * `dialog-inbox`, which the page allows with `trusted-types dialog-inbox`. Without it, parsing throws.
 */
interface Policy {
  createHTML(input: string): string;
}
type TrustedTypes = { createPolicy(name: string, rules: { createHTML(input: string): string }): Policy };

let policy: Policy | null | undefined;

export function parseInert(html: string): Document {
  if (policy === undefined) {
    const tt = (globalThis as { trustedTypes?: TrustedTypes }).trustedTypes;
    try {
      policy = tt ? tt.createPolicy('dialog-inbox', { createHTML: (input) => input }) : null;
    } catch {
      policy = null; // not allowed by the page (or made already by another copy of the bundle)
    }
  }
  return new DOMParser().parseFromString(policy ? policy.createHTML(html) : html, 'text/html');
}
