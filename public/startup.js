/* global addEventListener, document, self */
// Says why, when the app's module scripts cannot load (see src/shell/loadingStatus.ts). Classic, so it needs no CORS.
addEventListener('error', function (e) {
  var s = e.target && e.target.tagName === 'SCRIPT' && document.querySelector('#root > .loading[data-failed]');
  if (!s) return;
  s.textContent = s.getAttribute(self.origin === 'null' ? 'data-sandboxed' : 'data-failed');
  s.setAttribute('role', 'alert');
}, true);
