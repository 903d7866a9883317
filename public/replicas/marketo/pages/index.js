// Page renderers by ROUTES[token].page.
import { adminHome, users, email, webServices, salesforce, launchPoint, marketing } from './admin.js';
import { salesInsight } from './sales-insight.js';

export const PAGES = { adminHome, users, email, webServices, salesforce, launchPoint, marketing, salesInsight };
