// The alliance's logo at the top of the Docs an action makes: fetched once per action from the profile's address.
import { isLogoAddress } from '../domain/profile';

/**
 * The logo of one user action: its image, or null when the profile gives none or it could not be had; `failed` when
 * an address was given but no image came of it, so the action's message says its Docs were made without it.
 */
export interface Logo {
  image: GoogleAppsScript.Base.Blob | null;
  failed: boolean;
}

/** Docs takes PNG, GIF and JPEG images (https://developers.google.com/apps-script/reference/document/inline-image). */
const IMAGE_TYPES = ['image/png', 'image/gif', 'image/jpeg'];

/** A logo wider than this is shown at this width, its height scaled to match: a letterhead, not a poster. */
const LOGO_WIDTH = 120;

/**
 * Fetches the logo once for all the Docs of an action. No address: no request at all. The address is checked again
 * (https only, as the profile keeps it) before the request, the only one the add-on sends outside Google. A failed
 * request, an error status or a body that is no image leaves the Docs without a logo rather than stopping the action.
 */
export function fetchLogo(url: string): Logo {
  if (url === '') return { image: null, failed: false };
  if (!isLogoAddress(url)) return { image: null, failed: true };
  try {
    const response = UrlFetchApp.fetch(url, { muteHttpExceptions: true });
    const code = response.getResponseCode();
    if (code < 200 || code > 299) return { image: null, failed: true };
    const image = response.getBlob();
    const type = String(image.getContentType()).toLowerCase();
    return IMAGE_TYPES.includes(type) ? { image, failed: false } : { image: null, failed: true };
  } catch (error) {
    // A manifest without the scope is the add-on's fault, not the address's: it is not hidden.
    if (/^You do not have permission/.test(String((error as { message?: unknown } | null)?.message)))
      throw error;
    // An address that does not answer (DNS error, timeout, https refused): the Docs are made without the logo.
    return { image: null, failed: true };
  }
}

/**
 * Puts the logo in the paragraph, at most LOGO_WIDTH pixels wide with its aspect ratio kept. Bytes Docs refuses as
 * an image leave the paragraph as it was, and the logo is dropped for the action's other Docs: true when placed.
 */
export function placeLogo(paragraph: GoogleAppsScript.Document.Paragraph, logo: Logo): boolean {
  if (!logo.image) return false;
  let placed: GoogleAppsScript.Document.InlineImage;
  try {
    placed = paragraph.appendInlineImage(logo.image);
  } catch {
    logo.image = null;
    logo.failed = true;
    return false;
  }
  const width = placed.getWidth();
  if (width > LOGO_WIDTH) {
    const height = placed.getHeight();
    placed.setWidth(LOGO_WIDTH).setHeight(Math.max(1, Math.round((height * LOGO_WIDTH) / width)));
  }
  return true;
}
