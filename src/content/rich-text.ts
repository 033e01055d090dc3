import { nestHeadings } from './headings.js';
import { renderMarkdown } from './markdown.js';
import { sanitizeHtml } from './sanitize.js';

/**
 * Sender-written markdown or HTML as safe DOM: rebuilt from the allow-list, its headings nested so the highest
 * becomes `headingLevel` (under the heading that contains it). Used for additional info and embeds alike.
 */
export function renderRichText(format: 'text/markdown' | 'text/html', text: string, headingLevel: number, doc: Document = document): DocumentFragment {
  const content = format === 'text/html' ? sanitizeHtml(text, doc) : renderMarkdown(text, doc);
  nestHeadings(content, headingLevel);
  return content;
}
