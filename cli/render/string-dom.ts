/**
 * Just enough of the DOM for `ui/scorecard-dom.ts` to build its tree in Node, serialised to an
 * HTML string. The CLI's HTML report therefore comes from the very renderer the extension panel
 * and the Sheets sidebar use. Text and attribute values are always escaped.
 */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

const VOID = new Set(['br', 'hr', 'img', 'input', 'meta', 'link', 'col', 'wbr']);
const NAME = /^[A-Za-z][A-Za-z0-9-]*$/;

abstract class StringNode {
  abstract toHtml(): string;
  abstract get textContent(): string;
}

class StringText extends StringNode {
  data: string;
  constructor(data: string) {
    super();
    this.data = data;
  }
  toHtml(): string {
    return escapeHtml(this.data);
  }
  get textContent(): string {
    return this.data;
  }
}

export class StringElement extends StringNode {
  readonly tagName: string;
  readonly attributes = new Map<string, string>();
  children: StringNode[] = [];
  /** Inline style properties by their CSS names (`width`, `background-color`). */
  readonly style: Record<string, string>;

  constructor(tag: string) {
    super();
    if (!NAME.test(tag)) throw new Error(`bad tag name: ${tag}`);
    this.tagName = tag.toLowerCase();
    const props: Record<string, string> = {};
    // `el.style.backgroundColor = …` and `el.style.setProperty('background-color', …)` both work.
    this.style = new Proxy(props, {
      get: (target, key) => (key === 'setProperty' ? (name: string, value: string) => void (target[name] = value) : target[cssName(String(key))]),
      set: (target, key, value) => {
        target[cssName(String(key))] = String(value);
        return true;
      },
    });
    Object.defineProperty(this, 'styleProps', { value: props, enumerable: false });
  }

  setAttribute(name: string, value: string): void {
    if (!NAME.test(name)) throw new Error(`bad attribute name: ${name}`);
    this.attributes.set(name.toLowerCase(), String(value));
  }
  getAttribute(name: string): string | null {
    return this.attributes.get(name.toLowerCase()) ?? null;
  }
  get className(): string {
    return this.attributes.get('class') ?? '';
  }
  set className(value: string) {
    this.attributes.set('class', value);
  }
  get classList(): { add: (...names: string[]) => void } {
    return {
      add: (...names) => {
        const have = new Set(this.className.split(/\s+/).filter(Boolean));
        for (const n of names) have.add(n);
        this.className = [...have].join(' ');
      },
    };
  }
  append(...nodes: (StringNode | string)[]): void {
    for (const node of nodes) this.children.push(typeof node === 'string' ? new StringText(node) : node);
  }
  appendChild<T extends StringNode>(node: T): T {
    this.children.push(node);
    return node;
  }
  replaceChildren(...nodes: (StringNode | string)[]): void {
    this.children = [];
    this.append(...nodes);
  }
  get textContent(): string {
    return this.children.map((c) => c.textContent).join('');
  }
  set textContent(text: string) {
    this.children = [new StringText(text)];
  }

  toHtml(): string {
    const props = (this as unknown as { styleProps: Record<string, string> }).styleProps;
    const attrs = new Map(this.attributes);
    const css = Object.entries(props)
      .map(([k, v]) => `${k}: ${v}`)
      .join('; ');
    if (css) attrs.set('style', css);
    const attrText = [...attrs].map(([k, v]) => ` ${k}="${escapeHtml(v)}"`).join('');
    if (VOID.has(this.tagName)) return `<${this.tagName}${attrText}>`;
    return `<${this.tagName}${attrText}>${this.children.map((c) => c.toHtml()).join('')}</${this.tagName}>`;
  }
  get outerHTML(): string {
    return this.toHtml();
  }
}

function cssName(key: string): string {
  return key.replace(/[A-Z]/g, (c) => '-' + c.toLowerCase());
}

/** A document whose elements serialise to HTML; cast to `Document` for DOM-typed renderers. */
export class StringDocument {
  createElement(tag: string): StringElement {
    return new StringElement(tag);
  }
  createTextNode(data: string): StringText {
    return new StringText(data);
  }
}

export function stringDocument(): Document {
  return new StringDocument() as unknown as Document;
}

/** The HTML of an element built on a `stringDocument()`. */
export function toHtml(node: unknown): string {
  if (node instanceof StringElement) return node.toHtml();
  throw new Error('not an element of a string document');
}
