import type { MeetingKind } from '../../shared/meetingKind';

/**
 * The download name the server gives an export: kind, body and date, e.g.
 * "Protokoll Skol- och utbildningschefer 2022-02-11.pdf". Only letters,
 * digits, space and ". - _" are kept (no path separators, quotes or control
 * characters); `ascii` folds åäö and the like for old clients.
 */
export function exportFilename(parts: { kind: MeetingKind; body: string | null; title: string; date: string | null; suffix?: string }, extension: string): { utf8: string; ascii: string } {
  const kind = parts.kind === 'notes' ? 'Minnesanteckningar' : 'Protokoll';
  const date = /^\d{4}-\d{2}-\d{2}/u.exec(parts.date ?? '')?.[0] ?? '';
  const base = [parts.suffix ?? kind, parts.body?.trim() || parts.title, date]
    .join(' ')
    .normalize('NFC')
    .replace(/[^\p{L}\p{N} ._-]+/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(/^\.+/u, '')
    .slice(0, 120)
    .trim();
  const utf8 = `${base || kind}.${extension}`;
  const ascii = utf8
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/gu, '')
    .replace(/[^A-Za-z0-9 ._-]/gu, '_');
  return { utf8, ascii };
}

/** Content-Disposition (RFC 6266): an ASCII fallback and the UTF-8 name as filename*. */
export function contentDisposition(type: 'attachment' | 'inline', name: { utf8: string; ascii: string }): string {
  const encoded = encodeURIComponent(name.utf8).replace(/['()*]/gu, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `${type}; filename="${name.ascii}"; filename*=UTF-8''${encoded}`;
}
