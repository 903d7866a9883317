// Steps served: the way into settings for connect-salesforce, connect-marketo, invite-users, invite-users-csv.
// The screens around the guided ones: settings home, the home screen (#inbox)
// and placeholders for nav entries the guide never visits.

import { h } from '../../shared/dom.js';
import { CURRENT_USER } from '../store.js';

/** Page heading block shared by all pages. */
export const pageHeader = (title, intro) => h('div', { class: 'page-header' },
  h('h1', { class: 'page-title' }, title),
  intro ? h('p', { class: 'page-intro' }, intro) : null);

export const settingsHome = {
  title: ({ t }) => t('settingsTitle'),
  render: ({ t }) => h('div', { class: 'page' },
    pageHeader(t('settingsTitle'), t('settingsIntro')),
    h('section', { class: 'card', 'aria-labelledby': 'sia-home-profile' },
      h('h2', { class: 'card-title', id: 'sia-home-profile' }, t('navProfile')),
      h('p', null, t('settingsRole', { name: CURRENT_USER.name })),
      h('p', { class: 'muted' }, CURRENT_USER.email))),
};

export const placeholder = {
  title: ({ t, route }) => t(route.label),
  render: ({ t, route }) => h('div', { class: 'page' },
    pageHeader(t(route.label)),
    h('div', { class: 'card empty-state' }, h('p', null, t('placeholderText')))),
};

export const inbox = {
  title: ({ t }) => t('inboxTitle'),
  render: ({ t }) => h('div', { class: 'page' },
    pageHeader(t('inboxTitle'), t('inboxIntro')),
    h('ul', { class: 'card inbox-list' }, t('inboxItems').split('|').map((item) => h('li', { class: 'inbox-item' }, item)))),
};
