import type { JSONContent } from '@tiptap/core';
import { attPrefixLength } from './attPrefixLength';
import { matchDecisionLeadIn, type DecisionLeadIn } from './decisionLeadIn';
import { dropInlinePrefix } from './dropInlinePrefix';
import { inlineText } from './inlineText';
import type { ItemHeading } from './itemHeading';
import { joinInline } from './joinInline';
import { lineContinuation, type LineContinuation } from './lineContinuation';
import type { PasteLine, PasteNode } from './pasteBlock';
import { matchPresenterLine } from './presenterLine';

/** Where the pasted content will live: a whole document, or the body of one item. */
export type PasteTarget = 'document' | 'itemBody';

interface ItemDraft {
  title: string;
  presenter: string;
  content: JSONContent[];
}

/** The recognised structure, before it is turned into a `doc` or an item body. */
export interface StructuredPaste {
  leading: JSONContent[];
  items: JSONContent[];
  firstNumber: number | null;
  decisionCount: number;
}

/**
 * Builds protocol JSON from lines and ready blocks, one at a time. Holds what is open:
 * the current item, decision and bullet list, and the last textblock a wrapped line
 * may continue.
 */
export class ProtocolBuilder {
  private readonly leading: JSONContent[] = [];
  private readonly items: ItemDraft[] = [];
  private readonly decisions: JSONContent[][] = [];
  /** Each decision's lead-in, written in as its first child when the paste is finished. */
  private readonly leadIns = new Map<JSONContent, string>();
  private container: JSONContent[] = this.leading;
  private item: ItemDraft | null = null;
  private decision: JSONContent[] | null = null;
  private list: JSONContent[] | null = null;
  private last: JSONContent[] | null = null;
  private firstNumber: number | null = null;

  constructor(private readonly target: PasteTarget) {}

  /** Starts a new agenda item; the following blocks go into its body. */
  startItem(heading: ItemHeading): void {
    this.close();
    this.firstNumber ??= heading.number;
    this.item = { title: heading.title, presenter: heading.presenter, content: [] };
    this.items.push(this.item);
    this.container = this.item.content;
  }

  /** Places a table or list; a list inside an open decision gives its clauses instead. */
  addNode(block: PasteNode): void {
    if (this.decision && block.clauses) {
      for (const clause of block.clauses) this.addClause(clause);
      this.last = null;
      return;
    }
    this.close();
    this.container.push(block.node);
  }

  /** Places one line: a presenter, a decision lead-in or clause, a continued line, a bullet, or a paragraph. */
  addLine(line: PasteLine): void {
    const text = inlineText(line.runs).trim();
    if (this.item && this.item.content.length === 0 && !this.item.presenter && !line.bullet) {
      const presenter = matchPresenterLine(text);
      if (presenter) {
        this.item.presenter = presenter;
        return;
      }
    }
    const leadIn = this.decisionsAllowed() && !line.bullet ? matchDecisionLeadIn(text) : null;
    const continuation = leadIn ? null : this.continuation(line, text);
    if (leadIn) this.startDecision(leadIn, line.runs);
    else if (continuation && this.last) joinInline(this.last, line.runs, continuation);
    else if (this.decision && this.takesClause(line, text)) this.addClause(line.runs);
    else if (line.bullet) this.addBullet(line.runs);
    else this.addParagraph(line);
  }

  private addParagraph(line: PasteLine): void {
    this.close();
    if (line.heading) {
      this.container.push({ type: 'heading', attrs: { level: Math.min(line.heading, 6) }, content: [...line.runs] });
      return;
    }
    const paragraph: JSONContent[] = [...line.runs];
    this.container.push({ type: 'paragraph', content: paragraph });
    this.last = paragraph;
  }

  /** The result; empty items and decisions get the empty line or clause the schema requires. */
  finish(): StructuredPaste {
    this.close();
    for (const clauses of this.decisions) if (clauses.length === 0) clauses.push({ type: 'decisionClause', content: [] });
    // The lead-in is the decision's first child, shared text like its clauses.
    for (const [decision, leadIn] of this.leadIns) decision.content = [textNode('decisionLeadIn', leadIn), ...(decision.content ?? [])];
    return {
      leading: this.leading,
      items: this.items.map(({ title, presenter, content }) => ({
        type: 'agendaItem',
        content: [textNode('agendaTitle', title), textNode('agendaPresenter', presenter), ...(content.length > 0 ? content : [{ type: 'paragraph' }])],
      })),
      firstNumber: this.firstNumber,
      decisionCount: this.decisions.length,
    };
  }

  /** A decision at the top level of a document could not be cited by § and breaks the schema. */
  private decisionsAllowed(): boolean {
    return this.target === 'itemBody' || this.item !== null;
  }

  /** How the line continues the last textblock (a wrapped or hyphenated line), or null. */
  private continuation(line: PasteLine, text: string): LineContinuation | null {
    if (!line.joinable || line.bullet || !this.last) return null;
    // In a decision, "att …" starts the next clause even though it starts in lower case.
    if (this.decision && attPrefixLength(text) > 0) return null;
    return lineContinuation(inlineText(this.last).trim(), text, !line.blankBefore);
  }

  /**
   * Clauses: the first line after the lead-in, every line directly below a clause, and
   * after a blank line only "att …" lines and bullets; anything else ends the decision.
   */
  private takesClause(line: PasteLine, text: string): boolean {
    return this.decision?.length === 0 || !line.blankBefore || line.bullet || attPrefixLength(text) > 0;
  }

  private startDecision(leadIn: DecisionLeadIn, runs: readonly JSONContent[]): void {
    this.close();
    const clauses: JSONContent[] = [];
    const decision: JSONContent = { type: 'decision', content: clauses };
    this.leadIns.set(decision, leadIn.leadIn);
    this.container.push(decision);
    this.decisions.push(clauses);
    this.decision = clauses;
    const rest = dropInlinePrefix(runs, leadIn.length);
    if (inlineText(rest).trim()) this.addClause(rest);
  }

  private addClause(runs: readonly JSONContent[]): void {
    if (!this.decision) return;
    const att = attPrefixLength(inlineText(runs));
    const content = att > 0 ? dropInlinePrefix(runs, att) : [...runs];
    this.decision.push({ type: 'decisionClause', content });
    this.last = content;
  }

  private addBullet(runs: readonly JSONContent[]): void {
    if (!this.list) {
      this.close();
      this.list = [];
      this.container.push({ type: 'bulletList', content: this.list });
    }
    const paragraph: JSONContent[] = [...runs];
    this.list.push({ type: 'listItem', content: [{ type: 'paragraph', content: paragraph }] });
    this.last = paragraph;
  }

  private close(): void {
    this.decision = null;
    this.list = null;
    this.last = null;
  }
}

/** A one-line text node of the schema (title, presenter, lead-in); ProseMirror has no empty text nodes. */
function textNode(type: string, text: string): JSONContent {
  return { type, ...(text ? { content: [{ type: 'text', text }] } : {}) };
}
