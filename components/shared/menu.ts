/** Keyboard behaviour shared by the popover menus (the actions' "More actions" and the list's row menu). */

/**
 * `focusout` handler for a menu popover: it closes when keyboard focus leaves it (Tab past its last item), as a
 * menu should; a popover only closes by itself on Escape or a click outside. Focus moving to the menu's own button
 * is left to that button (it toggles the menu).
 */
export function closeWhenFocusLeaves(event: FocusEvent): void {
  const menu = event.currentTarget as HTMLElement;
  const to = event.relatedTarget as Element | null;
  if (to && (menu.contains(to) || to.getAttribute?.('popovertarget') === menu.id)) return;
  if (menu.matches(':popover-open')) menu.hidePopover();
}

/** `keydown` handler for a menu popover: ArrowUp/Down, Home and End move between its items instead of scrolling the page. */
export function moveInMenu(event: KeyboardEvent): void {
  const keys = ['ArrowDown', 'ArrowUp', 'Home', 'End'];
  if (!keys.includes(event.key)) return;
  const menu = event.currentTarget as HTMLElement;
  const items = Array.from(menu.querySelectorAll<HTMLElement>('button, a[href]'));
  if (!items.length) return;
  event.preventDefault();
  const at = items.indexOf((menu.getRootNode() as ShadowRoot).activeElement as HTMLElement);
  const next = event.key === 'Home' ? 0 : event.key === 'End' ? items.length - 1 : (at + (event.key === 'ArrowDown' ? 1 : -1) + items.length) % items.length;
  items[next].focus();
}
