/* global addEventListener, document, location, self, URLSearchParams */
// Says why, when the app's module scripts cannot load (see src/shell/loadingStatus.ts). Classic, so it needs no CORS.
addEventListener('error', function (e) {
  var s = e.target && e.target.tagName === 'SCRIPT' && document.querySelector('#root > .loading[data-failed]');
  if (!s) return;
  s.textContent = s.getAttribute(self.origin === 'null' ? 'data-sandboxed' : 'data-failed');
  s.setAttribute('role', 'alert');
}, true);
// Preloads the first view's files of the story the address asks for, or of the first story, as the app
// chooses (storyToShow): they load with the scripts. The build lists the stories (src/shell/storyPreload.ts).
(function (d) {
  var ids = d && d.stories ? d.stories.split(' ') : [];
  var asked = new URLSearchParams(location.search).get('story');
  var id = ids.indexOf(asked) >= 0 ? asked : ids[0];
  if (id) d.files.split(' ').forEach(function (file) {
    var link = document.createElement('link');
    link.rel = 'preload';
    link.as = 'fetch';
    link.crossOrigin = 'anonymous';
    link.href = './data/' + id + '/' + file;
    document.head.appendChild(link);
  });
})(document.currentScript && document.currentScript.dataset);
