import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startPracticeGuest } from '../../components/practice/guest';

/** Injected by the practice sandbox into each replica frame: the guide's content runtime there. */
export default defineUnlistedScript(() => startPracticeGuest());
