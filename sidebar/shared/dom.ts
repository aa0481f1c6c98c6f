// Builds the sidebars' elements: text always goes in through textContent, never as HTML.

type Attributes = Record<string, string | boolean>;
type Child = Node | string | null;

/** An element with its attributes and children; strings become text nodes, so user text is never parsed. */
export function element<Tag extends keyof HTMLElementTagNameMap>(
  tag: Tag,
  attributes: Attributes = {},
  ...children: Child[]
): HTMLElementTagNameMap[Tag] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === true) node.setAttribute(name, '');
    else if (value !== false) node.setAttribute(name, value);
  }
  for (const child of children) {
    if (child !== null) node.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return node;
}

let nextId = 0;

/** A fresh element id, so each field's <label for> points at it. */
export function uniqueId(prefix: string): string {
  nextId += 1;
  return `${prefix}-${nextId}`;
}

/** A labelled field: the label names the control, so a person (and a test) finds it by its label. */
export function field(
  label: string,
  control: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement,
): HTMLElement {
  if (!control.id) control.id = uniqueId('field');
  return element('div', { class: 'field' }, element('label', { for: control.id }, label), control);
}

/** A link to a document the add-on made, opening in a new tab as links out of a sidebar must. */
export function documentLink(label: string, document: { name: string; url: string }): HTMLElement {
  return element(
    'p',
    { class: 'document-link' },
    label ? `${label} ` : null,
    element('a', { href: document.url, target: '_blank', rel: 'noopener' }, document.name),
  );
}

/** Replaces what a container shows. */
export function show(container: Element, ...children: Child[]): void {
  container.replaceChildren(...children.filter((child): child is Node | string => child !== null));
}

/** The area where a sidebar tells the user what went wrong or what it did; read out by screen readers. */
export function statusArea(): HTMLElement {
  return element('div', { class: 'status', role: 'status', 'aria-live': 'polite' });
}

export function showError(area: Element, message: string): void {
  area.className = 'status error';
  show(area, message);
}

export function showStatus(area: Element, ...children: Child[]): void {
  area.className = 'status';
  show(area, ...children);
}

/** A labelled checkbox, the label around it so that a click on the words ticks it. */
export function checkbox(label: string, checked: boolean): { box: HTMLInputElement; node: HTMLElement } {
  const box = element('input', { type: 'checkbox' });
  box.checked = checked;
  return { box, node: element('label', { class: 'choice' }, box, ` ${label}`) };
}
