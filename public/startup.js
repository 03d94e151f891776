/* global addEventListener, document, self */
// A classic script, fetched without CORS, that runs even where the app's module scripts cannot load:
// in an iframe sandboxed without allow-same-origin (an opaque origin) on a server that does not send
// Access-Control-Allow-Origin, the modules are refused and the page would say "Chargement du récit…"
// for ever. Instead the status says why, in words written into it at build time (src/build/loadingStatus.ts).
addEventListener(
  'error',
  function (event) {
    var target = event.target;
    if (!target || target.tagName !== 'SCRIPT') return;
    var status = document.querySelector('#root > .loading[data-failed]');
    if (!status) return;
    status.textContent = status.getAttribute(self.origin === 'null' ? 'data-sandboxed' : 'data-failed');
    status.setAttribute('role', 'alert');
  },
  true,
);
