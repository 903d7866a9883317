import { defineContentScript } from 'wxt/utils/define-content-script';
export default defineContentScript({ matches: ['https://*.marketo.com/*'], allFrames: true, main() {} });
