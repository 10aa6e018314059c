// The crisis reply as an Adaptive Card (1.5). It knows nothing of crisis rules: it lays out the sections the
// safety layer composed, each with its buttons. Numbers are always written in the text blocks too, because
// some clients (Teams desktop) do not open tel: links from a card; the text is what never fails.

/** One button: tel:, sms:, mailto: or https: address. */
export interface HotlineCardAction {
  title: string;
  url: string;
}

/** One block of the reply, in reading order. */
export interface HotlineCardSection {
  /** `emergency` is drawn as a warning; `line` has a bold title; `question` is bold and last. */
  kind: 'message' | 'emergency' | 'line' | 'question' | 'note';
  title?: string;
  text: string;
  actions?: HotlineCardAction[];
}

export type AdaptiveCard = Record<string, unknown>;

/** Builds the Adaptive Card for a crisis reply; `fallbackText` is the complete plain-text reply. */
export function hotlineCard(sections: readonly HotlineCardSection[], fallbackText: string): AdaptiveCard {
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    fallbackText,
    speak: fallbackText,
    body: sections.map(sectionElement),
  };
}

function sectionElement(section: HotlineCardSection): Record<string, unknown> {
  const items: Record<string, unknown>[] = [];
  if (section.title) items.push({ type: 'TextBlock', text: section.title, wrap: true, weight: 'Bolder', size: 'Medium' });
  items.push({
    type: 'TextBlock',
    text: section.text,
    wrap: true,
    ...(section.kind === 'emergency' || section.kind === 'question' ? { weight: 'Bolder' } : {}),
    ...(section.kind === 'emergency' ? { color: 'Attention' } : {}),
    ...(section.kind === 'note' ? { isSubtle: true } : {}),
  });
  if (section.actions && section.actions.length > 0) {
    items.push({ type: 'ActionSet', actions: section.actions.map((a) => ({ type: 'Action.OpenUrl', title: a.title, url: a.url })) });
  }
  return {
    type: 'Container',
    items,
    spacing: 'Medium',
    ...(section.kind === 'line' ? { separator: true } : {}),
    ...(section.kind === 'emergency' ? { style: 'attention' } : {}),
  };
}
