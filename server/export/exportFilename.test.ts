import { describe, expect, it } from 'vitest';
import { contentDisposition, exportFilename } from './exportFilename';

describe('exportFilename', () => {
  it('builds the name from kind, body and date with an ASCII fallback', () => {
    const name = exportFilename({ kind: 'protocol', body: 'Skol- och utbildningschefer', title: 'x', date: '2022-02-11T08:30' }, 'pdf');
    expect(name).toEqual({ utf8: 'Protokoll Skol- och utbildningschefer 2022-02-11.pdf', ascii: 'Protokoll Skol- och utbildningschefer 2022-02-11.pdf' });
    expect(exportFilename({ kind: 'notes', body: null, title: 'Nätverk Åre', date: null }, 'md')).toEqual({ utf8: 'Minnesanteckningar Nätverk Åre.md', ascii: 'Minnesanteckningar Natverk Are.md' });
  });

  it('keeps only safe characters: no path, quotes or control characters', () => {
    const name = exportFilename({ kind: 'protocol', body: '../../etc/"passwd"\r\n;<x>', title: 'x', date: null }, 'pdf');
    expect(name.utf8).toBe('Protokoll .. .. etc passwd x.pdf');
    expect(name.utf8).not.toMatch(/[/\\"\r\n;<>]/u);
  });

  it('writes RFC 6266 Content-Disposition', () => {
    const name = exportFilename({ kind: 'protocol', body: 'Styrelsen Älvdalen', title: 'x', date: '2024-05-02' }, 'pdf');
    expect(contentDisposition('attachment', name)).toBe(
      `attachment; filename="Protokoll Styrelsen Alvdalen 2024-05-02.pdf"; filename*=UTF-8''Protokoll%20Styrelsen%20%C3%84lvdalen%202024-05-02.pdf`,
    );
  });
});
