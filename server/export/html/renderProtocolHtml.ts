import { appendAll } from '../../../shared/protocol/appendAll';
import type { ProtocolBlock, ProtocolInline } from '../../../shared/protocol/types';
import type { BlocksView } from '../bodyView';
import type { ExportInput } from '../exportInput';
import { UNSTRUCTURED_LABEL } from '../problemNotice';
import { dueText, protocolView, type ProtocolView } from '../protocolView';
import { escapeHtml as e } from './escapeHtml';
import { NOTICE_CSS, PRINT_CSS } from './printCss';

/**
 * The protocol as one self-contained HTML page: semantic markup, inline
 * print CSS, nothing executable. Every text is escaped, links keep only
 * allow-listed targets (the extraction dropped the rest), and the page's
 * Content-Security-Policy forbids scripts even if something slipped through.
 */
export function renderProtocolHtml(input: ExportInput): string {
  const view = protocolView(input);
  const title = `${view.kindLabel === 'PROTOKOLL' ? 'Protokoll' : 'Minnesanteckningar'} ${view.bodyName}${view.dateText ? ` ${view.dateText}` : ''}`;
  const out: string[] = [
    '<!DOCTYPE html>',
    '<html lang="sv">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${e(title)}</title>`,
    `<style>${PRINT_CSS}${hasNotices(view) ? NOTICE_CSS : ''}</style>`,
    '</head>',
    '<body>',
    '<article class="protocol">',
    '<header class="protocol-header">',
    `<h1>${e(view.bodyName)}</h1>`,
    `<p class="kind">${e(view.kindLabel)}${view.dateText ? `<small>${e(view.dateText)}</small>` : ''}</p>`,
    '</header>',
  ];
  if (view.draft) out.push('<p class="draft-banner">UTKAST – protokollet är inte justerat</p>');
  out.push('<dl class="attendance">');
  for (const row of view.header) {
    out.push(`<dt>${e(row.label)}</dt>`, `<dd><ul>${row.lines.map((line) => `<li>${e(line)}</li>`).join('')}</ul></dd>`);
  }
  out.push('</dl>');
  if (view.problemNotice) {
    const { heading, text, details } = view.problemNotice;
    out.push('<aside class="problem-notice" role="note">', `<p class="label">${e(heading)}</p>`, `<p>${e(text)}</p>`, `<ul>${details.map((line) => `<li>${e(line)}</li>`).join('')}</ul>`, '</aside>');
  }
  for (const part of view.body) {
    if (part.kind === 'item') {
      out.push('<section class="item">', `<h2><span class="number">${e(part.label)}</span> ${e(part.title)}</h2>`);
      if (part.presenter) out.push(`<p class="presenter">Föredragande: ${e(part.presenter)}</p>`);
    } else {
      out.push(...(part.afterItem ? ['<hr>'] : []), '<section class="loose">');
    }
    appendAll(out, blocks(part, part.blocks)).push('</section>');
  }
  if (view.nextMeeting) out.push('<section class="next-meeting">', '<h2>Nästa möte</h2>', `<p>${e(view.nextMeeting)}</p>`, '</section>');
  out.push('<section class="signatures" aria-label="Underskrifter">');
  for (const signature of view.signatures) {
    out.push('<div class="signature">', `<h3>${e(signature.label)}</h3>`);
    if (!view.adjustment) out.push('<div class="line"></div>');
    out.push(...signature.names.map((name) => `<p>${e(name)}</p>`), ...signature.adjustedLines.map((line) => `<p class="adjusted">${e(line)}</p>`), '</div>');
  }
  out.push('</section>');
  if (view.adjustment) {
    out.push(...view.adjustment.lines.map((line) => `<p class="adjusted">${e(line)}</p>`), `<p class="checksum">SHA-256: ${e(view.adjustment.sha256)}</p>`);
  }
  if (view.corrections.length > 0) {
    out.push('<section class="corrections">', '<h2>Bilaga: Rättelser efter justering</h2>', '<ul>');
    for (const c of view.corrections) out.push(`<li><strong>${e(c.heading)}:</strong> ${e(c.what)} <em>(skäl: ${e(c.why)})</em></li>`);
    out.push('</ul>', '</section>');
  }
  out.push(`<footer>${e(view.footer)}</footer>`, '</article>', '</body>', '</html>', '');
  return out.join('\n');
}

/** Whether the page shows the problem notice or an unstructured part; their styles go in only then, so other pages stay as they were. */
function hasNotices(view: ProtocolView): boolean {
  return view.problemNotice !== null || view.body.some((part) => part.blocks.some((block) => block.type === 'unstructured'));
}

function inlines(runs: readonly ProtocolInline[]): string {
  return runs
    .map((run) => {
      let html = e(run.text).replace(/\n/gu, '<br>');
      if (run.bold) html = `<strong>${html}</strong>`;
      if (run.italic) html = `<em>${html}</em>`;
      return run.href ? `<a href="${e(run.href)}" rel="noopener noreferrer">${html}</a>` : html;
    })
    .join('');
}

function blocks(item: BlocksView, list: readonly ProtocolBlock[]): string[] {
  return list.flatMap((block): string[] => {
    switch (block.type) {
      case 'paragraph':
        return [`<p>${inlines(block.inlines)}</p>`];
      case 'heading': {
        const level = Math.min(6, Math.max(3, block.level));
        return [`<h${level}>${inlines(block.inlines)}</h${level}>`];
      }
      case 'list': {
        const tag = block.ordered ? 'ol' : 'ul';
        const start = block.ordered && block.start !== 1 ? ` start="${block.start}"` : '';
        return [`<${tag}${start}>`, ...block.items.map((entry) => `<li>${blocks(item, entry).join('')}</li>`), `</${tag}>`];
      }
      case 'table': {
        const cell = (c: { header: boolean; blocks: ProtocolBlock[] }) => {
          const tag = c.header ? 'th' : 'td';
          return `<${tag}>${blocks(item, c.blocks).join('')}</${tag}>`;
        };
        const [first, ...rest] = block.rows;
        const headed = first !== undefined && first.cells.every((c) => c.header);
        const row = (r: (typeof block.rows)[number]) => `<tr>${r.cells.map(cell).join('')}</tr>`;
        return [
          '<table>',
          ...(headed ? ['<thead>', row(first), '</thead>'] : []),
          '<tbody>',
          ...(headed ? rest : block.rows).map(row),
          '</tbody>',
          '</table>',
        ];
      }
      case 'decision': {
        const decision = item.decisions[block.index];
        if (!decision) return [];
        const label = item.decisions.length > 1 ? `Beslut ${decision.number}` : 'Beslut';
        const leadIn = decision.leadIn && decision.leadIn.toLowerCase() !== 'beslut' ? `<p class="lead-in"><em>${e(decision.leadIn)}</em></p>` : '';
        const clauses =
          decision.clauses.length > 1 ? `<ul>${decision.clauses.map((c) => `<li>${e(c)}</li>`).join('')}</ul>` : decision.clauses.map((c) => `<p>${e(c)}</p>`).join('');
        return [`<aside class="decision" aria-label="${e(label)}">`, `<p class="label">${e(label)}</p>`, leadIn + clauses, '</aside>'];
      }
      case 'actionItem': {
        const action = item.actionItems[block.index];
        if (!action) return [];
        const meta = `Ansvarig: ${action.assignee || '–'} · Klart: ${dueText(action.due) || '–'} · Status: ${action.status === 'done' ? 'klar' : 'öppen'}`;
        return ['<aside class="action-item" aria-label="Uppdrag">', '<p class="label">Uppdrag</p>', `<p>${e(action.task)}</p>`, `<p class="meta">${e(meta)}</p>`, '</aside>'];
      }
      case 'unstructured':
        return [
          `<aside class="unstructured" aria-label="${e(UNSTRUCTURED_LABEL)}">`,
          `<p class="label">${e(UNSTRUCTURED_LABEL)}</p>`,
          `<p>${e(block.text).replace(/\n/gu, '<br>')}</p>`,
          '</aside>',
        ];
    }
  });
}
