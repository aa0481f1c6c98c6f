// The alliance's logo at the top of the Docs an action makes: fetched once per action from the profile's address.
import { isLogoAddress } from '../domain/profile';

/**
 * The logo of one user action: its image, or null when the profile gives none or it could not be had; `failed` when
 * an address was given but no image came of it, so the action's message says its Docs were made without it.
 */
export interface Logo {
  image: GoogleAppsScript.Base.Blob | null;
  failed: boolean;
  /**
   * The size to set it to (null: its own), read from the first Doc it goes in, so the action's other Docs need not
   * read it again.
   */
  resize?: { width: number; height: number } | null;
}

/**
 * The image types a logo may be: PNG, GIF and JPEG, which Docs inserts. The Apps Script reference
 * (https://developers.google.com/apps-script/reference/document/paragraph#appendInlineImage(BlobSource)) lists no
 * formats: this list is unverified, and bytes Docs refuses are caught in placeLogo anyway.
 */
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
    // Without muteHttpExceptions, an error status throws, as an address that does not answer does: one catch for both.
    const image = UrlFetchApp.fetch(url).getBlob();
    const type = String(image.getContentType()).toLowerCase();
    return IMAGE_TYPES.includes(type) ? { image, failed: false } : { image: null, failed: true };
  } catch (error) {
    // A manifest without the scope is the add-on's fault, not the address's: it is not hidden.
    if (/^You do not have permission/.test(String((error as { message?: unknown } | null)?.message)))
      throw error;
    // An error status (https://developers.google.com/apps-script/reference/url-fetch/url-fetch-app#fetch(String,Object):
    // muteHttpExceptions), or an address that does not answer: the Docs are made without the logo.
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
  if (logo.resize === undefined) logo.resize = resized(placed);
  // Both sides are set, as setting one alone would stretch the image.
  if (logo.resize) placed.setWidth(logo.resize.width).setHeight(logo.resize.height);
  return true;
}

/** LOGO_WIDTH wide with the aspect ratio kept, or null when the image is narrow enough as it is. */
function resized(image: GoogleAppsScript.Document.InlineImage): { width: number; height: number } | null {
  const width = image.getWidth();
  if (width <= LOGO_WIDTH) return null;
  return { width: LOGO_WIDTH, height: Math.max(1, Math.round((image.getHeight() * LOGO_WIDTH) / width)) };
}
