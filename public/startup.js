/* global addEventListener, document, location, PerformanceObserver, requestAnimationFrame, self, setTimeout, URLSearchParams, URL */
// Before the app's modules: says why when they cannot load (src/shell/loadingStatus.ts, src/shell/prerenderedHtml.ts),
// sends an address that asks for another story to that story's pre-rendered page, and preloads the first view of
// the story the app will show (src/shell/storyPreload.ts). Classic, so it needs no CORS.
addEventListener('error', function (e) {
  var s = e.target && e.target.tagName === 'SCRIPT' && document.querySelector('[data-failed]');
  if (!s) return;
  s.textContent = s.getAttribute(self.origin === 'null' ? 'data-sandboxed' : 'data-failed');
  s.setAttribute('role', 'alert');
  s.hidden = false;
}, true);
(function (d) {
  var ids = (d.stories || '').split(' '), id = new URLSearchParams(location.search).get('story');
  if (ids.indexOf(id) < 0) id = d.story || ids[0];
  // A pre-rendered page shows one story (d.story): an old `?story=` link to another goes to that story's page.
  if (d.story && id !== d.story) {
    var page = /embed\.html$/.test(location.pathname) ? 'embed.html' : '';
    location.replace(new URL('stories/' + encodeURIComponent(id) + '/' + page + location.search + location.hash, document.baseURI).href);
    return;
  }
  var add = function (tag, props) {
    var e = document.createElement(tag);
    for (var k in props) e[k] = props[k];
    return document.head.appendChild(e);
  };
  var preload = function () {
    if (id) d.files.split(' ').forEach(function (f) {
      add('link', { as: 'fetch', crossOrigin: 'anonymous', href: 'data/' + id + '/' + f, rel: 'preload' });
    });
  };
  // A pre-rendered page (d.app) is drawn from its HTML: its script and data only hydrate it, so they are asked
  // for once its text has painted, and never hold back its styles, fonts and first paint.
  if (!d.app) return preload();
  var loaded = false;
  var load = function () {
    if (loaded) return;
    loaded = true;
    d.modules.split(' ').forEach(function (m) {
      if (m) add('link', { crossOrigin: 'anonymous', href: m, rel: 'modulepreload' });
    });
    add('script', { crossOrigin: 'anonymous', src: d.app, type: 'module' });
    preload();
  };
  // The first contentful paint as the browser reports it: a frame asked for (requestAnimationFrame) can reach the
  // screen long after, and the script then competes with it. A hidden page paints nothing: it loads at once.
  var P = typeof PerformanceObserver === 'function' ? PerformanceObserver : null;
  if (document.visibilityState === 'hidden') return setTimeout(load);
  if (!P || (P.supportedEntryTypes || []).indexOf('paint') < 0) {
    return requestAnimationFrame(function () {
      setTimeout(load);
    });
  }
  new P(function (list, observer) {
    if (!list.getEntriesByName('first-contentful-paint').length) return;
    observer.disconnect();
    setTimeout(load);
  }).observe({ type: 'paint', buffered: true });
  // A frame the browser does not render (the share dialog's measuring iframe, an embed far off screen) paints
  // nothing either: it loads a second after its load event.
  addEventListener('load', function () {
    setTimeout(load, 1000);
  });
})(document.currentScript.dataset);
