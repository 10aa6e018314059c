// Quick exit: leaves for a neutral site at once. Loaded straight after the button, before Web Chat's large
// bundle, so it works from the first moment; without JavaScript the button is still a plain link that leaves.
(function () {
  'use strict';
  var link = document.getElementById('quick-exit');
  var exitUrl = link.getAttribute('href');
  var lastEscape = 0;

  // Forget the chat on this page, then leave with location.replace, so Back does not come back here.
  // Inside an embed, the whole website has to go, not only the frame.
  function quickExit(event) {
    if (event) event.preventDefault();
    var chat = document.getElementById('webchat');
    if (chat) chat.textContent = '';
    document.title = '';
    try {
      window.sessionStorage.clear();
    } catch {
      // storage may be blocked; there is nothing of ours in it anyway
    }
    if (window.parent !== window) {
      window.parent.postMessage({ type: 'kindred:quick-exit' }, '*');
      try {
        window.top.location.replace(exitUrl);
        return;
      } catch {
        // not allowed to move the website; embed.js does it on the message above
      }
    }
    window.location.replace(exitUrl);
  }

  link.addEventListener('click', quickExit);
  // Esc twice in a row is the shortcut; one Esc alone is too easy to press by accident.
  document.addEventListener(
    'keydown',
    function (event) {
      if (event.key !== 'Escape') return;
      var now = Date.now();
      if (now - lastEscape < 1500) quickExit(event);
      lastEscape = now;
    },
    true,
  );
})();
