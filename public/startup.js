/* global addEventListener, document, location, self, URLSearchParams */
// Before the app's modules: says why when they cannot load (src/shell/loadingStatus.ts), and preloads the first
// view of the story the app will show (src/shell/storyPreload.ts). Classic, so it needs no CORS.
addEventListener('error', function (e) {
  var s = e.target && e.target.tagName === 'SCRIPT' && document.querySelector('#root > .loading[data-failed]');
  if (!s) return;
  s.textContent = s.getAttribute(self.origin === 'null' ? 'data-sandboxed' : 'data-failed');
  s.setAttribute('role', 'alert');
}, true);
(function (d) {
  var ids = (d.stories || '').split(' '), id = new URLSearchParams(location.search).get('story');
  if (ids.indexOf(id) < 0) id = ids[0];
  if (id) d.files.split(' ').forEach(function (f) {
    var l = document.head.appendChild(document.createElement('link'));
    l.as = 'fetch';
    l.crossOrigin = 'anonymous';
    l.href = 'data/' + id + '/' + f;
    l.rel = 'preload';
  });
})(document.currentScript.dataset);
