let counter = 0;

/** A message activity as a channel would POST it to /api/messages. */
export function messageActivity(
  text: string,
  options: {
    conversationId?: string;
    serviceUrl?: string;
    locale?: string;
    channelId?: string;
    expectReplies?: boolean;
    extra?: Record<string, unknown>;
  } = {},
): Record<string, unknown> {
  counter += 1;
  return {
    type: 'message',
    id: `activity-${counter}`,
    timestamp: new Date().toISOString(),
    channelId: options.channelId ?? 'test',
    serviceUrl: options.serviceUrl ?? 'http://127.0.0.1:9',
    conversation: { id: options.conversationId ?? `conversation-${counter}` },
    from: { id: 'user-1', name: 'Test User' },
    recipient: { id: 'kindred', name: 'Kindred' },
    locale: options.locale ?? 'en-US',
    text,
    ...(options.expectReplies ? { deliveryMode: 'expectReplies' } : {}),
    ...options.extra,
  };
}

/** POSTs a JSON body (or a raw string) to a URL. */
export async function post(
  url: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<{ status: number; json: () => Promise<any>; text: () => Promise<string> }> {
  return fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

/** Texts of the message activities in an expectReplies response (card fallback text when there is no text). */
export function replyTexts(activities: Array<Record<string, any>>): string[] {
  return activities
    .filter((a) => a.type === 'message')
    .map((a) => a.text ?? (a.attachments ?? []).map((x: any) => x.content?.fallbackText ?? '').join('\n'));
}
