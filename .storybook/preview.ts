import { setCustomElementsManifest, type Decorator, type Preview } from '@storybook/web-components-vite';
import { action } from 'storybook/actions';
import manifest from '../dist/custom-elements.json';
import '../components/define.js';
import { DEFAULT_GLOBALS, globalTypes, withPortal } from '../stories/fixtures/portal.js';
import { PLATFORM_ORIGIN } from '../stories/fixtures/seed.js';

interface Member {
  name: string;
  privacy?: string;
  static?: boolean;
}
interface Manifest {
  modules?: { declarations?: { members?: Member[] }[] }[];
}

/** The manifest with only the public API: private and protected members (Lit's internal state) left out. */
function publicApi(input: Manifest): Manifest {
  const isPublic = (m: Member) => (!m.privacy || m.privacy === 'public') && !m.static && !m.name.startsWith('#');
  return {
    ...input,
    modules: input.modules?.map((mod) => ({
      ...mod,
      declarations: mod.declarations?.map((d) => (d.members ? { ...d, members: d.members.filter(isPublic) } : d)),
    })),
  };
}

// Docs pages (attributes, properties, events, slots, parts, CSS properties) come from the elements' JSDoc via
// dist/custom-elements.json (`npm run analyze`, run before `npm run storybook` / `build-storybook`).
setCustomElementsManifest(publicApi(manifest as Manifest));

const EVENTS = [
  'dialog-select',
  'dialog-close',
  'dialog-action',
  'dialog-action-complete',
  'dialog-action-error',
  'dialog-auth-required',
  'dialog-folder-change',
  'dialog-filter-change',
  'dialog-party-change',
];

/**
 * Logs the elements' events in the Actions panel. Links to the seed's service platform (`.invalid`: it does not
 * exist) are logged instead of followed, so the story stays on screen.
 */
let logging = false;
const withEventLog: Decorator = (story) => {
  if (!logging) {
    logging = true;
    for (const type of EVENTS) {
      document.addEventListener(type, (event) => action(type)((event as Event & { detail?: unknown }).detail));
    }
    const stay = action('navigation to the fixture platform (not followed)');
    document.addEventListener('click', (event) => {
      const link = event.composedPath().find((node): node is HTMLAnchorElement => node instanceof HTMLAnchorElement);
      if (!link || !link.href.startsWith(PLATFORM_ORIGIN) || event.defaultPrevented) return;
      event.preventDefault();
      stay(link.href);
    });
    // window.location.assign() after a confirmed GET action.
    const navigation = (window as Window & { navigation?: EventTarget }).navigation;
    navigation?.addEventListener('navigate', (event) => {
      const e = event as Event & { destination?: { url?: string }; cancelable: boolean };
      if (!e.destination?.url?.startsWith(PLATFORM_ORIGIN) || !e.cancelable) return;
      e.preventDefault();
      stay(e.destination.url);
    });
  }
  return story();
};

const preview: Preview = {
  globalTypes,
  initialGlobals: { ...DEFAULT_GLOBALS },
  decorators: [withPortal, withEventLog],
  tags: ['autodocs'],
  parameters: {
    layout: 'fullscreen',
    controls: { expanded: true, sort: 'requiredFirst' },
    a11y: { test: 'error' },
    docs: { story: { inline: true } },
  },
};

export default preview;
