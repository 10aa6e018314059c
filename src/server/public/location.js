// "Use my location" for the web chat page (issue 14). Kindred offers the button at its place question only when
// this page said it can (the join event's `location: true`); the bot names the button in the message's
// channelData, so the words stay in src/i18n. Only after the person taps it does the page ask the browser for
// the position; it rounds it to two decimals (about 1 km) before it leaves the page and sends it as a message
// value, never as text. Nothing is stored here. Other channels (Teams...) keep the typed question.
(function () {
  'use strict';
  var label = null;

  function round(x) {
    return Math.round(x * 100) / 100;
  }

  function share(dispatch, displayText) {
    var send = function (value) {
      dispatch({ type: 'WEB_CHAT/SEND_MESSAGE_BACK', payload: { value: value, displayText: displayText } });
    };
    var unavailable = function () {
      send({ kindred: 'location', unavailable: true });
    };
    if (!navigator.geolocation) return unavailable();
    navigator.geolocation.getCurrentPosition(
      function (position) {
        send({ kindred: 'location', lat: round(position.coords.latitude), lon: round(position.coords.longitude) });
      },
      unavailable,
      { enableHighAccuracy: false, timeout: 15000, maximumAge: 600000 },
    );
  }

  window.KindredLocation = {
    /** Whether this browser can share a position at all. */
    supported: function () {
      return 'geolocation' in navigator;
    },
    /** Store middleware step: returns true when the action was the tap on "Use my location" (handled here). */
    handle: function (api, action) {
      if (action.type === 'DIRECT_LINE/INCOMING_ACTIVITY') {
        var data = action.payload && action.payload.activity && action.payload.activity.channelData;
        if (data && data.kindred && typeof data.kindred.locationAction === 'string') label = data.kindred.locationAction;
        return false;
      }
      if (action.type === 'WEB_CHAT/SEND_MESSAGE' && label && action.payload && action.payload.text === label) {
        share(api.dispatch, label);
        return true;
      }
      return false;
    },
  };
})();
