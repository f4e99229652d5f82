import { appendAll } from '../../../shared/protocol/appendAll';
import type { ProtocolBlock } from '../../../shared/protocol/types';
import type { BlocksView } from '../bodyView';
import type { ExportInput } from '../exportInput';
import { UNSTRUCTURED_LABEL, type ProblemNoticeView } from '../problemNotice';
import { dueText, protocolView } from '../protocolView';
import { markdownInlines, markdownText } from './markdownText';

/** The protocol as GitHub-flavoured Markdown: the header as a table, one "##" section per paragraph (§), text outside them in its place. */
export function renderProtocolMarkdown(input: ExportInput): string {
  const view = protocolView(input);
  const out: string[] = [`# ${markdownText(view.bodyName)}`, '', `**${view.kindLabel}**${view.draft ? ' (UTKAST, ej justerat)' : ''}`, ''];
  out.push('| | |', '|---|---|');
  for (const row of view.header) out.push(`| **${markdownText(row.label)}** | ${row.lines.map(cellText).join('<br>')} |`);
  out.push('');
  if (view.problemNotice) out.push(...noticeLines(view.problemNotice));
  for (const part of view.body) {
    if (part.kind === 'item') {
      out.push(`## ${markdownText(`${part.label} ${part.title}`)}`, '');
      if (part.presenter) out.push(`*Föredragande: ${markdownText(part.presenter)}*`, '');
    } else if (part.afterItem) {
      // A thematic break ends the § before, so the text is not read as part of it.
      out.push('***', '');
    }
    appendAll(out, blocks(part, part.blocks, ''));
  }
  if (view.nextMeeting) out.push('## Nästa möte', '', markdownText(view.nextMeeting), '');
  out.push('## Underskrifter', '');
  for (const signature of view.signatures) {
    out.push(`**${markdownText(signature.label)}:** ${markdownText(signature.names.join(', ') || '–')}  `);
    for (const line of signature.adjustedLines) out.push(`*${markdownText(line)}*  `);
  }
  out.push('');
  if (view.adjustment) {
    out.push(...view.adjustment.lines.map(markdownText), '', `Kontrollsumma (SHA-256): \`${view.adjustment.sha256}\``, '');
  }
  if (view.corrections.length > 0) {
    out.push('## Bilaga: Rättelser efter justering', '');
    for (const c of view.corrections) out.push(`- **${markdownText(c.heading)}:** ${markdownText(c.what)} (skäl: ${markdownText(c.why)})`);
    out.push('');
  }
  out.push('---', '', `*${markdownText(view.footer)}*`, '');
  return out.join('\n');
}

function noticeLines(notice: ProblemNoticeView): string[] {
  return [`> **${markdownText(notice.heading)}**  `, `> ${markdownText(notice.text)}`, '>', ...notice.details.map((line) => `> - ${markdownText(line)}`), ''];
}

/** Lines of a blockquote with hard breaks between them. */
function quotedLines(indent: string, lines: readonly string[]): string[] {
  return lines.map((line, index) => `${indent}> ${markdownText(line)}${index < lines.length - 1 ? '  ' : ''}`);
}

function cellText(text: string): string {
  return markdownText(text).replace(/\\\n/gu, '<br>');
}

function blocks(item: BlocksView, list: readonly ProtocolBlock[], indent: string): string[] {
  const out: string[] = [];
  for (const block of list) {
    switch (block.type) {
      case 'paragraph':
        out.push(indent + markdownInlines(block.inlines).replace(/\n/gu, `\n${indent}`), '');
        break;
      case 'heading':
        out.push(`${indent}${'#'.repeat(Math.min(6, Math.max(3, block.level)))} ${markdownInlines(block.inlines)}`, '');
        break;
      case 'list':
        block.items.forEach((entry, index) => {
          const marker = block.ordered ? `${block.start + index}. ` : '- ';
          const inner = blocks(item, entry, indent + ' '.repeat(marker.length)).filter((line) => line !== '');
          const [first = '', ...rest] = inner;
          out.push(`${indent}${marker}${first.slice(indent.length + marker.length)}`);
          appendAll(out, rest);
        });
        out.push('');
        break;
      case 'table': {
        const rows = block.rows.map((row) => row.cells.map((cell) => tableCell(item, cell.blocks)));
        const width = rows.reduce((widest, row) => Math.max(widest, row.length), 1);
        const pad = (row: string[]) => [...row, ...new Array<string>(width - row.length).fill('')];
        const headerRow = block.rows[0]?.cells.every((cell) => cell.header) ? pad(rows.shift() ?? []) : new Array<string>(width).fill(' ');
        out.push(`${indent}| ${headerRow.join(' | ')} |`, `${indent}|${' --- |'.repeat(width)}`);
        for (const row of rows) out.push(`${indent}| ${pad(row).join(' | ')} |`);
        out.push('');
        break;
      }
      case 'decision': {
        const decision = item.decisions[block.index];
        if (!decision) break;
        out.push(`${indent}> **${item.decisions.length > 1 ? `Beslut ${decision.number}` : 'Beslut'}**  `);
        if (decision.leadIn && decision.leadIn.toLowerCase() !== 'beslut') out.push(`${indent}> *${markdownText(decision.leadIn)}*`);
        out.push(`${indent}>`);
        for (const clause of decision.clauses) out.push(`${indent}> ${decision.clauses.length > 1 ? '- ' : ''}${markdownText(clause)}`);
        out.push('');
        break;
      }
      case 'actionItem': {
        const action = item.actionItems[block.index];
        if (!action) break;
        const meta = [`Ansvarig: ${action.assignee || '–'}`, `Klart: ${dueText(action.due) || '–'}`, `Status: ${action.status === 'done' ? 'klar' : 'öppen'}`];
        out.push(`${indent}> **Uppdrag:** ${markdownText(action.task)}  `, `${indent}> ${meta.map(markdownText).join(' · ')}`, '');
        break;
      }
      case 'unstructured':
        out.push(`${indent}> **${markdownText(UNSTRUCTURED_LABEL)}**  `);
        appendAll(out, quotedLines(indent, block.text.split('\n'))).push('');
        break;
    }
  }
  return out;
}

/** A table cell on one line: paragraphs joined by <br>. */
function tableCell(item: BlocksView, cellBlocks: readonly ProtocolBlock[]): string {
  return blocks(item, cellBlocks, '')
    .filter((line) => line !== '')
    .join('<br>')
    .replace(/\\\n/gu, '<br>');
}
