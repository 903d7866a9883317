import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { registerAssists } from '../../components/content/assists/hub';
import { csvUploadAssist } from '../../components/content/assists/csv-upload';

/** Injected by the background into a frame that shows this bundle's page (see lib/apps/assist-bundles.ts). */
export default defineUnlistedScript(() => registerAssists('csv-upload', [csvUploadAssist]));
