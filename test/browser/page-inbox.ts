import { apiUrl, personParty, tokenProvider } from './demo-api.js';

export type PageInbox = HTMLElement & { tokenProvider?: () => Promise<string> };

/**
 * A `<dialog-inbox>` for the person's party in `lang`, put on the page before a bundle defines it, as in a portal's
 * HTML (the entry starts its first requests from it): load the bundle's entry after this.
 */
export async function pageInbox(lang: string): Promise<PageInbox> {
  const inbox: PageInbox = document.createElement('dialog-inbox');
  inbox.setAttribute('api-base-url', await apiUrl());
  inbox.setAttribute('party', await personParty());
  inbox.setAttribute('lang', lang);
  inbox.style.cssText = 'display:block;width:1100px';
  inbox.tokenProvider = tokenProvider;
  document.body.append(inbox);
  return inbox;
}
