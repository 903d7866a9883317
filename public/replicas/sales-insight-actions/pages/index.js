// Page renderers by route.page: { title(ctx), render(ctx) }.
import { settingsHome, placeholder, inbox } from './simple.js';
import { salesforce } from './salesforce.js';
import { marketo } from './marketo.js';
import { users } from './users.js';

export const PAGES = { settingsHome, placeholder, inbox, salesforce, marketo, users };
