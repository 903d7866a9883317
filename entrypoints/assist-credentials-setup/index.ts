import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { presenterMaskAssist } from '../../components/content/assists/presenter-mask';
import { registerAssists } from '../../components/content/assists/hub';
import { credentialsSetUpAssist } from '../../components/content/assists/credentials-setup';

/** Injected by the background into a frame that shows this bundle's page (see lib/apps/assist-bundles.ts). */
export default defineUnlistedScript(() => registerAssists('credentials-setup', [credentialsSetUpAssist, presenterMaskAssist]));
