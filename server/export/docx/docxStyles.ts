import type { IStylesOptions } from 'docx';

/** Real Word styles (Heading 1–3, Title, a decision, an action-item and a warning style), so the outline and navigation work. */
export const DOCX_STYLES: IStylesOptions = {
  default: {
    document: { run: { font: 'Noto Serif', size: 21, color: '1A1A1A' }, paragraph: { spacing: { after: 100, line: 276 } } },
    title: { run: { font: 'Noto Sans', size: 30, bold: true }, paragraph: { spacing: { after: 60 } } },
    heading1: { run: { font: 'Noto Sans', size: 25, bold: true, color: '1A1A1A' }, paragraph: { spacing: { before: 280, after: 80 }, keepNext: true } },
    heading2: { run: { font: 'Noto Sans', size: 22, bold: true, color: '1A1A1A' }, paragraph: { spacing: { before: 160, after: 40 }, keepNext: true } },
    heading3: { run: { font: 'Noto Sans', size: 21, bold: true, italics: true, color: '333333' }, paragraph: { spacing: { before: 120, after: 40 }, keepNext: true } },
  },
  paragraphStyles: [
    boxedStyle('Decision', 'Beslut', 'EEF3F8', '1F4E79'),
    boxedStyle('ActionItem', 'Uppdrag', 'FBF5E9', '8A5A00'),
    boxedStyle('Warning', 'Anmärkning', 'FBEEEE', 'AA3333'),
    { id: 'Label', name: 'Etikett', basedOn: 'Normal', run: { font: 'Noto Sans', size: 18, bold: true }, paragraph: { spacing: { after: 0 } } },
    { id: 'Small', name: 'Liten', basedOn: 'Normal', run: { font: 'Noto Sans', size: 16, color: '555555' }, paragraph: { spacing: { after: 0 } } },
  ],
};

/** A paragraph style set apart as a box with a coloured left rule, kept on one page with what follows. */
function boxedStyle(id: string, name: string, fill: string, rule: string) {
  return {
    id,
    name,
    basedOn: 'Normal',
    next: 'Normal',
    run: { font: 'Noto Serif' },
    paragraph: {
      indent: { left: 240 },
      shading: { type: 'clear' as const, color: 'auto', fill },
      border: { left: { style: 'single' as const, size: 18, color: rule, space: 8 } },
      spacing: { after: 0 },
      keepLines: true,
      keepNext: true,
    },
  };
}
