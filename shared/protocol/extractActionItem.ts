import type { Node as PMNode } from '@tiptap/pm/model';
import { inlineText } from './blockText';
import { readChoiceAttr, readTextAttr } from './readAttr';
import { ACTION_STATUSES, type ProtocolActionItem } from './types';

/** An action item node as structure: the task is its text. */
export function extractActionItem(node: PMNode, where: string, problems: string[]): ProtocolActionItem {
  return {
    assignee: readTextAttr(node.attrs, 'assignee', '', where, problems).trim(),
    task: inlineText(node),
    due: readTextAttr(node.attrs, 'due', '', where, problems).trim(),
    status: readChoiceAttr(node.attrs, 'status', ACTION_STATUSES, 'open', where, problems),
  };
}
