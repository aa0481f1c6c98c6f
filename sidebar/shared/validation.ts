// Form checks every sidebar shares: the server's own check runs in the page first, a mistake is shown beside its field.
import { shortDate } from '../../src/domain/dates';
import { UserError } from '../../src/domain/errors';
import { languageOf, t } from '../../src/domain/i18n';
import { element, showError, uniqueId } from './dom';

/** The user's language, as the server wrote it into the page's <html lang> (sidebar/shared/index.html). */
export const language = languageOf(document.documentElement.lang);

export type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

/**
 * A date field in the user's order: "15/03/2027" in French and English, "15-03-2027" in Dutch, "2027-03-15" in
 * Swedish, the pattern as its placeholder. Not <input type=date>: that shows the browser's order, not the language the
 * add-on speaks, and reads a half-typed date as empty, so no message could say what was wrong. What is typed goes to
 * the server as typed; the domain's parseDate reads it, in the page's check and again on the server.
 */
export function dateInput(iso: string): HTMLInputElement {
  const pattern = t(language, 'date.pattern');
  const input = element('input', {
    type: 'text',
    inputmode: 'numeric',
    autocomplete: 'off',
    placeholder: pattern,
  });
  input.value = shortDate(iso, language);
  return input;
}

/** The ids a control's aria-describedby lists, without the one given. */
function describedByWithout(control: Element, id: string): string {
  return (control.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .filter((other) => other !== '' && other !== id)
    .join(' ');
}

function clearMark(control: Element, note: Element): void {
  note.remove();
  control.removeAttribute('aria-invalid');
  const rest = describedByWithout(control, note.id);
  if (rest) control.setAttribute('aria-describedby', rest);
  else control.removeAttribute('aria-describedby');
}

/**
 * Shows a message right after the field (after the label around a checkbox), as text, tied to it for screen readers
 * (aria-invalid, aria-describedby); it goes as soon as the field is changed.
 */
export function markInvalid(control: Control, message: string): HTMLElement {
  const note = element('p', { class: 'field-error', id: uniqueId('error') }, message);
  (control.closest('label') ?? control).after(note);
  control.setAttribute('aria-invalid', 'true');
  control.setAttribute('aria-describedby', `${describedByWithout(control, note.id)} ${note.id}`.trim());
  // Whichever comes first clears it, and takes both listeners away, so that neither clears a later mark.
  const listening = new AbortController();
  const clear = () => {
    listening.abort();
    clearMark(control, note);
  };
  control.addEventListener('input', clear, { signal: listening.signal });
  control.addEventListener('change', clear, { signal: listening.signal });
  return note;
}

/** Removes every mark a previous check left in the form. */
function clearMarks(form: HTMLFormElement): void {
  for (const note of form.querySelectorAll('.field-error')) {
    const control = form.querySelector(`[aria-describedby~="${note.id}"]`);
    if (control) clearMark(control, note);
    else note.remove();
  }
}

/**
 * Runs the check the server makes (the domain's own function, so the page and the server cannot disagree) before
 * the request is sent. A mistake is said in the user's language beside the field `controlOf` finds for it, which gets
 * the focus and is scrolled into view; a mistake of no one field goes to the status area. Answers what the check
 * answers, or null when there was a mistake; the server checks everything again, as it must.
 */
export function checkForm<T>(
  form: HTMLFormElement,
  status: HTMLElement,
  controlOf: (field: string) => Control | null | undefined,
  check: () => T,
): T | null {
  clearMarks(form);
  try {
    return check();
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    const message = t(language, error.key, error.params);
    const control = error.field ? controlOf(error.field) : null;
    if (control) {
      const note = markInvalid(control, message);
      control.focus();
      note.scrollIntoView({ block: 'nearest' });
    } else {
      showError(status, message);
      status.scrollIntoView({ block: 'nearest' });
    }
    return null;
  }
}
