// Starts Web Chat against Kindred: gets a token from this server (never a secret), connects, and tells the
// bot which language the page is in so the welcome arrives in it. (Quick exit is quick-exit.js.)
(function () {
  'use strict';
  var host = document.getElementById('webchat');
  var status = document.getElementById('status');
  var params = new URLSearchParams(window.location.search);
  // The server has already settled the locale from ?locale= and the browser's languages (country included), and
  // chose the banner's numbers from it; Web Chat gets the same one, so the crisis reply uses the same country.
  var locale = host.getAttribute('data-locale') || params.get('locale') || navigator.language || 'en-US';
  var helpNow = document.getElementById('help-now');
  // When the person names a place, the bot sends the banner for that country (src/bots/pageBanner.ts).
  function showHelpNow(activity) {
    if (!helpNow || !activity || activity.type !== 'event' || activity.name !== 'kindred/helpNow') return;
    if (activity.from && activity.from.role === 'user') return;
    var value = activity.value || {};
    if (typeof value.text !== 'string' || value.text.length === 0) return;
    helpNow.textContent = value.text;
    if (typeof value.lang === 'string' && /^[a-z]{2,3}$/.test(value.lang)) helpNow.lang = value.lang;
  }
  function fail() {
    status.textContent = status.getAttribute('data-failed');
  }

  // Web Chat opens a card button's address only for the schemes its own Markdown allows (http, https, tel,
  // mailto...), and drops sms: with a console warning, so "Text 988" did nothing. sms: opens the way Web Chat
  // opens tel:, in a new browsing context, so a browser with no texting app cannot replace the chat with an
  // error page. Everything else goes to Web Chat as before.
  var SMS = /^sms:[+*#\d]/i;
  function cardActionMiddleware() {
    return function (next) {
      return function (args) {
        var action = args && args.cardAction;
        if (action && (action.type === 'openUrl' || action.type === 'call') && typeof action.value === 'string' && SMS.test(action.value)) {
          window.open(action.value, '_blank', 'noopener,noreferrer');
          return undefined;
        }
        return next(args);
      };
    };
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
            if (action.type === 'DIRECT_LINE/INCOMING_ACTIVITY') showHelpNow(action.payload && action.payload.activity);
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
          cardActionMiddleware: cardActionMiddleware,
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
