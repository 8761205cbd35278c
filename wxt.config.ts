import { defineConfig } from 'wxt';

// The extension lives in extension/; the scoring core in shared/ is imported by relative path.
// Manifest V3 for Chrome and Firefox alike: the capture script needs `world: "MAIN"` content
// scripts (Chrome 111+, Firefox 128+). Permissions: storage and the portal host, nothing else.
export default defineConfig({
  srcDir: 'extension',
  // Icons and _locales are the extension's own: they live beside its code (WXT's default is <root>/public).
  publicDir: 'extension/public',
  outDir: '.output',
  manifestVersion: 3,
  // The Firefox sources archive (for add-on review) holds what builds the extension: not the tests,
  // the command line, the Sheets add-on or images (docs/store/REVIEW.md tells the reviewer how to build).
  zip: {
    excludeSources: ['test-output/**', 'samples/**', 'apps-script/**', '.ci/**', 'tests/**', 'cli/**', 'bench/**', 'docs/**/*.png'],
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'vi',
    permissions: ['storage'],
    host_permissions: ['https://dichvucong.gov.vn/*'],
    action: { default_title: '__MSG_actionTitle__' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'cds-scorecard@cds-toolkit.local',
              strict_min_version: '128.0',
              // The extension collects and transmits nothing.
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
