// Adobe Experience Cloud shell (experience.adobe.com) around Marketo Engage: the classic UI runs in a child
// iframe on engage-ab.marketo.com. Address: #/@<tenant>/so:<munchkin-id>/marketo-engage/classic/<TOKEN>.
// The frame routes internally and reports its route by postMessage; the shell mirrors it into its own hash.
import { h, replace } from '../shared/dom.js';
import { language, passOn } from '../shared/params.js';

const SHAPE = /^#\/@([^/]+)\/so:([^/]+)\/marketo-engage\/classic\/?([^/?]*)/;
const FRAME_ORIGIN = 'https://engage-ab.marketo.com';

function boot() {
  const lang = language();
  document.documentElement.lang = lang;
  const frameHost = h('main', { class: 'shell-main' });
  document.body.append(
    h('header', { class: 'shell-header', role: 'banner' },
      h('button', { type: 'button', class: 'shell-icon', 'aria-label': lang === 'de' ? 'Lösungen' : 'Solutions' }, '▦'),
      h('span', { class: 'shell-brand' }, 'Adobe Experience Cloud'),
      h('span', { class: 'shell-product' }, 'Marketo Engage'),
      h('span', { class: 'shell-spacer' }),
      h('button', { type: 'button', class: 'shell-icon', 'aria-label': lang === 'de' ? 'Hilfe' : 'Help' }, '?')),
    frameHost);

  let frame = null;
  const load = () => {
    const match = SHAPE.exec(location.hash);
    if (!match) return replace(frameHost, h('p', { class: 'shell-empty' }, 'Select a product.'));
    const [, , munchkinId, token] = match;
    const query = passOn();
    query.set('munchkinId', munchkinId);
    frame = h('iframe', { class: 'shell-app-frame', title: 'Marketo Engage', src: `${FRAME_ORIGIN}/?${query}#/classic/${token || 'MM0A1'}` });
    replace(frameHost, frame);
  };

  window.addEventListener('message', (event) => {
    if (event.origin !== FRAME_ORIGIN || event.data?.source !== 'marketo-classic') return;
    const match = SHAPE.exec(location.hash);
    if (!match) return;
    history.replaceState(history.state, '', `#/@${match[1]}/so:${match[2]}/marketo-engage/classic/${event.data.token}`);
  });
  window.addEventListener('hashchange', load);
  load();

  // The frame got the reset; a reload of the shell must not reset again.
  const url = new URL(location.href);
  if (url.searchParams.has('reset')) {
    url.searchParams.delete('reset');
    history.replaceState(history.state, '', url.href);
  }
}

boot();
