import { nestHeadings } from './headings.js';
import { renderMarkdown } from './markdown.js';
import { sanitizeHtml } from './sanitize.js';

/**
 * Sender-written markdown or HTML as safe DOM: rebuilt from the allow-list, its headings nested so the highest
 * becomes `headingLevel` (under the heading that contains it). Used for additional info and embeds alike.
 */
export function renderRichText(format: 'text/markdown' | 'text/html', text: string, headingLevel: number, doc: Document = document): DocumentFragment {
  let content: DocumentFragment;
  try {
    content = format === 'text/html' ? sanitizeHtml(text, doc) : renderMarkdown(text, doc);
  } catch {
    // The page refused the parse (Trusted Types without our policy): the text as it is, rather than nothing.
    content = doc.createDocumentFragment();
    content.append(doc.createTextNode(text));
    return content;
  }
  nestHeadings(content, headingLevel);
  return content;
}
