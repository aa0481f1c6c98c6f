// The page every sidebar lives in: #app waits while the server answers, then shows the sidebar or what went wrong.
import { show, showError, statusArea } from './dom';

export const app = document.getElementById('app') as HTMLElement;

/** Shows the sidebar's content in place of the wait. */
export function showPage(...content: Node[]): void {
  show(app, ...content);
  app.classList.remove('busy');
  app.removeAttribute('aria-busy');
}

/** Shows why the sidebar could not go on, in the words the server sent: the user's language. */
export function showFailure(error: Error): void {
  const status = statusArea();
  showPage(status);
  showError(status, error.message);
}
