import type { StorybookConfig } from '@storybook/web-components-vite';

// Storybook for the four elements. Offline by design: no telemetry, no version checks, and the stories'
// data comes from in-memory fixtures (stories/fixtures) on origins that never resolve (`.invalid`).
// The Vite config is the project's (Storybook keeps only its `build.target`).
const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-docs'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // The preview bundles the seed (demo/seed) and Designsystemet's CSS: big chunks are expected here.
  viteFinal: (viteConfig) => ({ ...viteConfig, build: { ...viteConfig.build, chunkSizeWarningLimit: 4096 } }),
};

export default config;
