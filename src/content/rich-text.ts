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
  markNumbers(content);
  return content;
}

/** An amount or a number alone in a cell: "12 345,00 kr", "kr 1 200", "-300", "45 %", "1.5". */
const NUMBER = /^[-−+]?\s*(?:kr\.?\s*|NOK\s*)?[-−+]?\d[\d\s.,]*(?:\s*(?:kr|NOK|%|,-))?$/i;

/**
 * Table cells that hold a number are marked (`data-num`), and the heading of a column of numbers: the view keeps
 * them on one line, end-aligned.
 */
function markNumbers(root: DocumentFragment): void {
  for (const cell of Array.from(root.querySelectorAll('td, th'))) {
    if (NUMBER.test((cell.textContent ?? '').trim().replace(/\u00a0/g, ' '))) cell.setAttribute('data-num', '');
  }
  for (const table of Array.from(root.querySelectorAll('table'))) {
    const head = table.querySelector('thead tr');
    const body = Array.from(table.querySelectorAll('tbody tr'));
    if (!head || !body.length) continue;
    Array.from(head.children).forEach((th, column) => {
      if (body.every((row) => row.children[column]?.hasAttribute('data-num'))) th.setAttribute('data-num', '');
    });
  }
}
