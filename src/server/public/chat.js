// Starts Web Chat against Kindred: gets a token from this server (never a secret), connects, and tells the
// bot which language the page is in so the welcome arrives in it. Also wires the Quick exit button.
(function () {
  'use strict';
  var host = document.getElementById('webchat');
  var status = document.getElementById('status');
  var exitButton = document.getElementById('quick-exit');
  var exitUrl = exitButton.getAttribute('data-exit-url');
  var params = new URLSearchParams(window.location.search);
  var locale = params.get('locale') || host.getAttribute('data-locale') || navigator.language || 'en-US';
  var directLine = null;
  var lastEscape = 0;

  // Quick exit: forget the chat on this page, then leave for a neutral site with location.replace, so the
  // Back button does not come back here. Inside an embed, the whole website has to go, not only the frame.
  function quickExit() {
    try {
      if (directLine) directLine.end();
    } catch {
      // leaving matters more than a clean goodbye
    }
    host.textContent = '';
    document.title = '';
    try {
      window.sessionStorage.clear();
    } catch {
      // storage may be blocked; there is nothing in it of ours anyway
    }
    if (window.parent !== window) {
      window.parent.postMessage({ type: 'kindred:quick-exit' }, '*');
      try {
        window.top.location.replace(exitUrl);
        return;
      } catch {
        // the frame may not be allowed to move the page; embed.js does it on the message above
      }
    }
    window.location.replace(exitUrl);
  }

  exitButton.addEventListener('click', quickExit);
  // Esc twice in a row is the shortcut; one Esc alone is too easy to press by accident.
  document.addEventListener(
    'keydown',
    function (event) {
      if (event.key !== 'Escape') return;
      var now = Date.now();
      if (now - lastEscape < 1500) quickExit();
      lastEscape = now;
    },
    true,
  );

  function fail() {
    status.textContent = status.getAttribute('data-failed');
  }

  fetch('/api/directline/token', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })
    .then(function (res) {
      if (!res.ok) throw new Error('token request failed: ' + res.status);
      return res.json();
    })
    .then(function (session) {
      // The server says where Direct Line is (this server locally, Azure's regional host in production) and
      // whether it streams over a WebSocket (Azure does; the local endpoint polls).
      var options = { token: session.token, webSocket: session.webSocket === true };
      if (!options.webSocket) options.pollingInterval = 500;
      if (session.domain) options.domain = new URL(session.domain, window.location.origin).href;
      directLine = window.WebChat.createDirectLine(options);
      var store = window.WebChat.createStore({}, function (api) {
        return function (next) {
          return function (action) {
            if (action.type === 'DIRECT_LINE/CONNECT_FULFILLED') {
              api.dispatch({ type: 'WEB_CHAT/SEND_EVENT', payload: { name: 'webchat/join', value: { locale: locale } } });
              status.textContent = '';
            }
            return next(action);
          };
        };
      });
      window.WebChat.renderWebChat(
        {
          directLine: directLine,
          store: store,
          locale: locale,
          // Colours meet WCAG AA on white: accent #2f6f73 is 5.8:1, subtle #4b5563 is 7.6:1.
          styleOptions: {
            accent: '#2f6f73',
            subtle: '#4b5563',
            botAvatarInitials: 'K',
            hideUploadButton: true,
            bubbleBorderRadius: 12,
            bubbleFromUserBorderRadius: 12,
            suggestedActionLayout: 'flow',
            suggestedActionTextColor: '#2f6f73',
            suggestedActionBorderColor: '#2f6f73',
            transcriptVisualKeyboardIndicatorColor: '#1a4fa0',
            transcriptVisualKeyboardIndicatorWidth: 3,
          },
        },
        host,
      );
    })
    .catch(fail);
})();
