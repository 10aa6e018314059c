#!/usr/bin/env node
// Build step: copies the web chat page and the Web Chat bundle into dist/public, so the page loads
// nothing from the internet and the server never serves node_modules.
const { cpSync, mkdirSync, existsSync } = require('node:fs');
const { join } = require('node:path');

const root = join(__dirname, '..');
const out = join(root, 'dist', 'public');
mkdirSync(join(out, 'vendor'), { recursive: true });
cpSync(join(root, 'src', 'server', 'public'), out, { recursive: true });

const bundle = join(root, 'node_modules', 'botframework-webchat', 'dist', 'webchat.js');
if (!existsSync(bundle)) {
  console.error('copy-static: botframework-webchat is not installed (run npm install); the chat page needs it.');
  process.exit(1);
}
cpSync(bundle, join(out, 'vendor', 'webchat.js'));
const notice = join(root, 'node_modules', 'botframework-webchat', 'LICENSE');
if (existsSync(notice)) cpSync(notice, join(out, 'vendor', 'webchat.LICENSE.txt'));
