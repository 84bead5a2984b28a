import { DomUtils, parseDocument } from 'htmlparser2';
import { collapseWhitespace } from './collapse-whitespace.js';

type DomNode = ReturnType<typeof parseDocument>['children'][number];
/** domhandler's Element, named through htmlparser2 so no extra dependency is declared. */
type DomElement = Parameters<typeof DomUtils.getAttributeValue>[0];

/** HTML turned into lines of text: one entry per block, in document order. */
export interface HtmlBlocks {
  readonly blocks: readonly string[];
  /** The `<title>` text, whitespace collapsed; undefined when missing or empty. */
  readonly title?: string;
}

/** Elements whose content is never document text (code, chrome, form controls, metadata). */
const SKIPPED = new Set([
  'head',
  'title',
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'math',
  'nav',
  'iframe',
  'object',
  'select',
  'button',
  'textarea',
]);

/** Elements that start and end a line. `br` only ends one; table rows are handled apart. */
const BLOCKS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'caption',
  'center',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'html',
  'legend',
  'li',
  'main',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'tfoot',
  'thead',
  'tr',
  'ul',
]);

const CELLS = new Set(['td', 'th']);

/** A cell longer than this is page layout (a whole article in a `<td>`), not table data. */
const MAX_DATA_CELL_CHARS = 200;

const HEADING = /^h([1-6])$/;

function isHidden(element: DomElement): boolean {
  // Newspaper templates park duplicate articles, share widgets and mobile menus in hidden
  // elements; a browser never shows them, so neither do we.
  const { attribs } = element;
  return (
    attribs['hidden'] !== undefined ||
    attribs['aria-hidden'] === 'true' ||
    /display\s*:\s*none|visibility\s*:\s*hidden/i.test(attribs['style'] ?? '')
  );
}

function isShown(element: DomElement): boolean {
  return !SKIPPED.has(element.name) && !isHidden(element);
}

/** The visible text of a subtree on one line: blocks and cells become spaces. */
function inlineText(nodes: readonly DomNode[]): string {
  let text = '';
  for (const node of nodes) {
    if (DomUtils.isText(node)) text += node.data;
    else if (DomUtils.isTag(node) && isShown(node)) {
      const gap = node.name === 'br' || BLOCKS.has(node.name) || CELLS.has(node.name) ? ' ' : '';
      text += gap + inlineText(node.children) + gap;
    }
  }
  return text;
}

function cellsOf(row: DomElement): DomElement[] {
  return row.children.filter(
    (node): node is DomElement => DomUtils.isTag(node) && CELLS.has(node.name) && isShown(node),
  );
}

/**
 * A row of a data table (short cells, no nested table) reads best as one line, the way the
 * PDF of the same table does: `地区生产总值（亿元） 1485 2300 7.5% 预期性`. Rows of layout
 * tables, which old government sites still use to place whole articles, are read as blocks.
 */
function dataRowText(row: DomElement): string | undefined {
  const cells = cellsOf(row);
  if (cells.length === 0) return undefined;
  const texts: string[] = [];
  for (const cell of cells) {
    if (DomUtils.findOne((element) => element.name === 'table', cell.children) !== null) {
      return undefined;
    }
    const text = collapseWhitespace(inlineText(cell.children));
    if (text.length > MAX_DATA_CELL_CHARS) return undefined;
    texts.push(text);
  }
  return texts.filter((text) => text !== '').join(' ');
}

/** Collects lines; a pending Markdown marker goes in front of the next non-empty one. */
class LineCollector {
  readonly blocks: string[] = [];
  #line = '';
  #prefix = '';
  /** Headings mark every line they produce; list items only their first. */
  #stickyPrefix = false;
  /** In <pre> the source's line breaks are the layout; elsewhere they are just whitespace. */
  preDepth = 0;

  append(text: string): void {
    this.#line += text;
  }

  mark(prefix: string, sticky: boolean): void {
    this.#prefix = prefix;
    this.#stickyPrefix = sticky;
  }

  unmark(): void {
    this.#prefix = '';
    this.#stickyPrefix = false;
  }

  flush(): void {
    const pieces = this.preDepth > 0 ? this.#line.split(/\r\n|\r|\n/) : [this.#line];
    this.#line = '';
    for (const piece of pieces) {
      const text = collapseWhitespace(piece);
      if (text === '') continue;
      this.blocks.push(this.#prefix + text);
      if (!this.#stickyPrefix) this.#prefix = '';
    }
  }
}

function documentTitle(root: DomNode[]): string | undefined {
  // The page's <title>, not an SVG icon's <title>.
  const title = DomUtils.findOne(
    (element) => element.name === 'title' && !hasAncestor(element, 'svg'),
    root,
  );
  const text = title ? collapseWhitespace(DomUtils.textContent(title)) : '';
  return text === '' ? undefined : text;
}

function hasAncestor(element: DomElement, name: string): boolean {
  for (let parent = element.parent; parent; parent = parent.parent) {
    if (DomUtils.isTag(parent) && parent.name === name) return true;
  }
  return false;
}

/**
 * Turns HTML (also mammoth's DOCX output) into one line per block element: inline markup is
 * flattened, entities decoded, whitespace collapsed within a line, `h1`–`h6` become Markdown
 * `#` headings and list items `- ` / `1. ` bullets, so the outline reader sees the same shapes
 * it sees in Markdown sources. Script, style, navigation, `<head>` and hidden content is
 * dropped; the `<title>` is returned apart.
 */
export function htmlToBlocks(html: string): HtmlBlocks {
  const document = parseDocument(html, { decodeEntities: true });
  const out = new LineCollector();
  let headingLevel = 0;
  /** One entry per open list: undefined for `ul`, the next number for `ol`. */
  const lists: (number | undefined)[] = [];

  const walkAll = (nodes: readonly DomNode[]): void => {
    for (const node of nodes) walk(node);
  };

  const walkBlock = (element: DomElement): void => {
    const { name } = element;
    const heading = HEADING.exec(name);
    const outerHeading = headingLevel;
    out.flush();
    if (heading) {
      headingLevel = Number(heading[1]);
      out.mark(`${'#'.repeat(headingLevel)} `, true);
    } else if (name === 'ul' || name === 'ol') {
      lists.push(name === 'ol' ? Number(element.attribs['start'] ?? 1) || 1 : undefined);
    } else if (name === 'li') {
      const index = lists.length - 1;
      const next = lists[index];
      if (next === undefined) out.mark('- ', false);
      else {
        out.mark(`${next}. `, false);
        lists[index] = next + 1;
      }
    } else if (name === 'pre') {
      out.preDepth += 1;
    }
    walkAll(element.children);
    out.flush();
    if (name === 'ul' || name === 'ol') lists.pop();
    if (name === 'pre') out.preDepth -= 1;
    // An empty heading or list item must not lend its marker to the next paragraph.
    if (heading || name === 'li') out.unmark();
    headingLevel = outerHeading;
  };

  const walk = (node: DomNode): void => {
    if (DomUtils.isText(node)) {
      out.append(node.data);
      return;
    }
    // Comments, doctypes and processing instructions carry no text.
    if (!DomUtils.isTag(node) || !isShown(node)) return;
    const { name } = node;
    if (name === 'br') {
      // Inside a heading a <br> is layout, not structure: keep the heading on one line.
      if (headingLevel > 0) out.append(' ');
      else out.flush();
    } else if (CELLS.has(name)) {
      out.append(' ');
      walkAll(node.children);
      out.append(' ');
    } else if (name === 'tr') {
      const row = dataRowText(node);
      out.flush();
      if (row === undefined) walkBlock(node);
      else {
        out.append(row);
        out.flush();
      }
    } else if (BLOCKS.has(name)) {
      walkBlock(node);
    } else {
      walkAll(node.children);
    }
  };

  walkAll(document.children);
  out.flush();
  const title = documentTitle(document.children);
  return title === undefined ? { blocks: out.blocks } : { blocks: out.blocks, title };
}
