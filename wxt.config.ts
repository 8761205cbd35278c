import { defineConfig } from 'wxt';

// The extension lives in extension/; the scoring core in shared/ is imported by relative path.
export default defineConfig({
  srcDir: 'extension',
  outDir: '.output',
  manifest: {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'vi',
    permissions: ['storage'],
    host_permissions: ['https://dichvucong.gov.vn/*'],
  },
});
