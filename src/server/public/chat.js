// Starts Web Chat against Kindred: gets a token from this server (never a secret), connects, and tells the
// bot which language the page is in so the welcome arrives in it. (Quick exit is quick-exit.js.)
(function () {
  'use strict';
  var host = document.getElementById('webchat');
  var status = document.getElementById('status');
  var params = new URLSearchParams(window.location.search);
  var locale = params.get('locale') || host.getAttribute('data-locale') || navigator.language || 'en-US';
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
      var directLine = window.WebChat.createDirectLine(options);
      var store = window.WebChat.createStore({}, function (api) {
        return function (next) {
          return function (action) {
            // "Use my location" (location.js): the tap is handled there, never sent as words.
            var where = window.KindredLocation;
            if (where && where.handle(api, action)) return undefined;
            if (action.type === 'DIRECT_LINE/CONNECT_FULFILLED') {
              var join = { locale: locale, location: Boolean(where && where.supported()) };
              api.dispatch({ type: 'WEB_CHAT/SEND_EVENT', payload: { name: 'webchat/join', value: join } });
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
