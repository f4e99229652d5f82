import http from 'node:http';

export interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  text: string;
  json: unknown;
}

/**
 * One request on a fresh connection, optionally from another loopback
 * address (`127.0.0.2`: Linux answers the whole 127/8), so a test can be a
 * second client with a budget of its own. A string body is sent as it is.
 */
export function requestFrom(
  method: string,
  url: string,
  options: { headers?: Record<string, string>; body?: string | Buffer; localAddress?: string } = {},
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const request = http.request(url, { method, agent: false, headers: options.headers, localAddress: options.localAddress }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        let json: unknown = null;
        try {
          json = text ? JSON.parse(text) : null;
        } catch {
          json = null;
        }
        resolve({ status: response.statusCode ?? 0, headers: response.headers, text, json });
      });
    });
    request.on('error', reject);
    request.end(options.body);
  });
}

/** The `code` of an `{error: {code, message}}` answer. */
export function errorCodeOf(answer: Answer): string | undefined {
  const body = answer.json as { error?: { code?: string } } | null;
  return body?.error?.code;
}
