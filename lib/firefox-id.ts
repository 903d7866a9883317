/**
 * The extension's id in Firefox (manifest `browser_specific_settings.gecko.id`). Fixed, because an
 * organisation's Firefox policy names the extension by it (`3rdparty.Extensions[id]`, `ExtensionSettings`).
 */
export const FIREFOX_EXTENSION_ID = 'msi-actions-setup-guide@example.org';
