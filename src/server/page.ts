import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LANGS, countryFromLocale, langFromLocale, stringsFor, type Lang } from '../i18n';
import { pageNote } from '../safety/pageNote';

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

const TAG = /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/;

/** The language tags of an Accept-Language header, most wanted first (ties keep the browser's order). */
function acceptedTags(acceptLanguage: string | undefined): string[] {
  return (acceptLanguage ?? '')
    .split(',')
    .slice(0, 20)
    .map((part, order) => {
      const [tag = '', ...params] = part.split(';').map((p) => p.trim());
      const q = params.map((p) => /^q=([01](\.\d{0,3})?)$/.exec(p)?.[1]).find((v) => v !== undefined);
      return { tag, order, q: q === undefined ? 1 : Number(q) };
    })
    .filter((t) => TAG.test(t.tag) && t.q > 0)
    .sort((a, b) => b.q - a.q || a.order - b.order)
    .map((t) => t.tag);
}

/**
 * The page's locale: ?locale= if it is one we speak, else the browser's most wanted language we speak, else the
 * default. A locale without a country ("en", which the embed sends from a website whose <html lang> is "en")
 * takes the country of the browser's languages ("en-GB"), so the banner, the welcome and the crisis reply all
 * use the country the visitor's browser says, as the crisis reply does.
 */
export function pageLocale(query: string | undefined, acceptLanguage: string | undefined, defaultLocale: string): string {
  const tags = acceptedTags(acceptLanguage);
  const asked = new URLSearchParams(query ?? '').get('locale');
  const chosen = (asked && TAG.test(asked) && langFromLocale(asked) ? asked : null) ?? tags.find((t) => langFromLocale(t)) ?? defaultLocale;
  if (countryFromLocale(chosen)) return chosen;
  const country = tags.map(countryFromLocale).find((c) => c !== null);
  return country ? `${chosen}-${country}` : chosen;
}

/** Renders the chat page in one language. Every word on it comes from src/i18n. */
export class ChatPage {
  private readonly template: string | null;
  private readonly cache = new Map<string, string>();

  constructor(
    publicDir: string,
    private readonly defaultCountry: string,
  ) {
    const path = join(publicDir, 'index.template.html');
    this.template = existsSync(path) ? readFileSync(path, 'utf8') : null;
  }

  render(locale: string): string | null {
    if (!this.template) return null;
    const cached = this.cache.get(locale);
    if (cached) return cached;
    const lang: Lang = langFromLocale(locale) ?? 'en';
    const s = stringsFor(lang).page;
    const values: Record<string, string> = {
      lang,
      locale,
      title: s.title,
      note: pageNote(countryFromLocale(locale), lang, this.defaultCountry),
      chatLabel: s.chatLabel,
      connecting: s.connecting,
      failed: s.failed,
      quickExit: s.quickExit,
      quickExitHint: s.quickExitHint,
      exitUrl: s.exitUrl,
      historyTitle: s.historyTitle,
      historyNote: s.historyNote,
    };
    const html = this.template.replace(/\{\{(\w+)\}\}/g, (_m, key: string) => escapeHtml(values[key] ?? ''));
    if (this.cache.size < 100) this.cache.set(locale, html);
    return html;
  }
}

/**
 * Renders /embed.js, the script a website includes to add Kindred (docs/embed.md). It runs on someone else's
 * page before it knows the language, so it carries the few strings it shows in every language we speak.
 */
export class EmbedScript {
  readonly body: string | null;

  constructor(publicDir: string) {
    const path = join(publicDir, 'embed.template.js');
    if (!existsSync(path)) {
      this.body = null;
      return;
    }
    const strings = Object.fromEntries(
      LANGS.map((lang) => {
        const s = stringsFor(lang).page;
        return [lang, { openChat: s.openChat, closeChat: s.closeChat, frameTitle: s.frameTitle, exitUrl: s.exitUrl }];
      }),
    );
    // JSON is valid JavaScript; "<" is escaped so no string can close a <script> element around it.
    const literal = JSON.stringify(strings).replace(/</g, '\\u003c');
    this.body = readFileSync(path, 'utf8').replace('/*{{strings}}*/ {}', () => literal);
  }
}
