// Starts Web Chat against Kindred: gets a token from this server (never a secret), connects, and tells the
// bot which language the page is in so the welcome arrives in it.
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
      var options = { token: session.token, webSocket: false, pollingInterval: 500 };
      if (session.domain) options.domain = new URL(session.domain, window.location.origin).href;
      var directLine = window.WebChat.createDirectLine(options);
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
          styleOptions: {
            accent: '#2f6f73',
            botAvatarInitials: 'K',
            hideUploadButton: true,
            bubbleBorderRadius: 12,
            bubbleFromUserBorderRadius: 12,
            suggestedActionLayout: 'flow',
          },
        },
        host,
      );
    })
    .catch(fail);
})();
