export interface Response {
  statusCode: number;
  body: string;
  headers: Record<string, string>;
}

declare const API_VERSION: string;

export function json(statusCode: number, body: unknown): Response {
  return {
    statusCode,
    body: JSON.stringify(body),
    headers: { 'content-type': 'application/json', 'x-api-version': API_VERSION },
  };
}
