// Kindred's embed: one <script> tag on a website adds a "Chat with Kindred" button that opens the hosted chat
// page in a panel (an iframe of Kindred's own page, so the website never handles the conversation or a token).
// docs/embed.md documents the options. Served as /embed.js with the strings of every language filled in.
(function () {
  'use strict';
  var STRINGS = /*{{strings}}*/ {};
  var script = document.currentScript;
  if (!script || window.__kindredEmbed) return;
  window.__kindredEmbed = true;

  var origin = new URL(script.src).origin;
  var attr = function (name) {
    return script.getAttribute('data-' + name) || '';
  };
  var locale = attr('locale') || document.documentElement.lang || navigator.language || 'en';
  var s = STRINGS[locale.slice(0, 2).toLowerCase()] || STRINGS.en;
  var accent = /^#[0-9a-fA-F]{3}([0-9a-fA-F]{3})?$/.test(attr('accent')) ? attr('accent') : '#2f6f73';
  var side = attr('position') === 'left' ? 'left' : 'right';

  // The script may sit in <head>; the button and panel go into <body> once there is one.
  if (document.body) mount();
  else document.addEventListener('DOMContentLoaded', mount);

  function mount() {
    var target = attr('target') ? document.querySelector(attr('target')) : null;

    var frame = document.createElement('iframe');
    frame.src = origin + '/?embed=1&locale=' + encodeURIComponent(locale);
    frame.title = s.frameTitle;
    frame.referrerPolicy = 'no-referrer';
    // What the chat page needs, nothing more: its scripts and its own origin (to fetch a token), new windows for
    // links and phone numbers, and leaving the whole website when someone presses Quick exit.
    frame.setAttribute(
      'sandbox',
      'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox allow-top-navigation-by-user-activation',
    );
    frame.style.border = '0';
    frame.style.width = '100%';
    frame.style.height = '100%';
    frame.style.display = 'block';

    // Quick exit inside the chat: the page asks us to leave; only a message from Kindred's own frame counts.
    window.addEventListener('message', function (event) {
      if (event.origin !== origin || event.source !== frame.contentWindow) return;
      if (event.data && event.data.type === 'kindred:quick-exit') {
        frame.remove();
        window.location.replace(s.exitUrl);
      }
    });

    // Inline: the chat fills an element the website chose (data-target), always open.
    if (target) {
      target.appendChild(frame);
      return;
    }

    // Floating: a button in the corner opens a panel; Esc or the close button closes it, and focus goes back.
    var button = document.createElement('button');
    button.type = 'button';
    button.textContent = attr('label') || s.openChat;
    button.setAttribute('aria-expanded', 'false');
    button.setAttribute('aria-controls', 'kindred-chat-panel');
    var b = button.style;
    b.position = 'fixed';
    b.bottom = '1rem';
    b[side] = '1rem';
    b.zIndex = '2147483000';
    b.minHeight = '44px';
    b.padding = '0.6rem 1.1rem';
    b.border = '2px solid ' + accent;
    b.borderRadius = '999px';
    b.background = accent;
    b.color = '#fff';
    b.font = '600 1rem system-ui, sans-serif';
    b.cursor = 'pointer';
    b.boxShadow = '0 2px 8px rgba(0,0,0,.25)';

    var panel = document.createElement('div');
    panel.id = 'kindred-chat-panel';
    panel.setAttribute('role', 'dialog');
    panel.setAttribute('aria-label', s.frameTitle);
    panel.hidden = true;
    var p = panel.style;
    p.position = 'fixed';
    p.bottom = '4.5rem';
    p[side] = '1rem';
    p.zIndex = '2147483000';
    p.width = 'min(400px, calc(100vw - 2rem))';
    p.height = 'min(640px, calc(100vh - 6rem))';
    p.background = '#fff';
    p.border = '1px solid #d9d6cf';
    p.borderRadius = '12px';
    p.boxShadow = '0 4px 24px rgba(0,0,0,.3)';
    p.overflow = 'hidden';
    p.flexDirection = 'column';
    p.display = 'none';

    var close = document.createElement('button');
    close.type = 'button';
    close.textContent = '×';
    close.setAttribute('aria-label', s.closeChat);
    var c = close.style;
    c.alignSelf = 'flex-end';
    c.minWidth = '44px';
    c.minHeight = '44px';
    c.border = '0';
    c.background = 'transparent';
    c.color = '#1f2a37';
    c.font = '700 1.5rem system-ui, sans-serif';
    c.cursor = 'pointer';

    var frameBox = document.createElement('div');
    frameBox.style.flex = '1';
    frameBox.style.minHeight = '0';

    function setOpen(open) {
      panel.hidden = !open;
      panel.style.display = open ? 'flex' : 'none';
      button.setAttribute('aria-expanded', String(open));
      if (open) {
        if (!frame.parentNode) frameBox.appendChild(frame); // the chat starts only when someone opens it
        frame.focus();
      } else {
        button.focus();
      }
    }
    button.addEventListener('click', function () {
      setOpen(panel.hidden);
    });
    close.addEventListener('click', function () {
      setOpen(false);
    });
    panel.addEventListener('keydown', function (event) {
      if (event.key === 'Escape') setOpen(false);
    });

    panel.appendChild(close);
    panel.appendChild(frameBox);
    document.body.appendChild(panel);
    document.body.appendChild(button);
  }
})();
