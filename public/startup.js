/* global addEventListener, document, location, self, URLSearchParams, URL */
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
  if (id) d.files.split(' ').forEach(function (f) {
    var l = document.head.appendChild(document.createElement('link'));
    l.as = 'fetch';
    l.crossOrigin = 'anonymous';
    l.href = 'data/' + id + '/' + f;
    l.rel = 'preload';
    // A pre-rendered page is drawn from its HTML: its data only hydrate it, after the styles and fonts.
    if (d.story) l.fetchPriority = 'low';
  });
})(document.currentScript.dataset);
