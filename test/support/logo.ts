// A logo on the emulated web, as a secretary's site would serve it: a PNG of 600 × 300 pixels.

/** The PNG signature and its IHDR chunk, all Docs reads of an image's size (https://www.w3.org/TR/png/#11IHDR). */
export function pngOfSize(width: number, height: number): Uint8Array {
  const bytes = Buffer.alloc(33);
  Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex').copy(bytes, 0);
  bytes.writeUInt32BE(width, 16);
  bytes.writeUInt32BE(height, 20);
  bytes.set([8, 6, 0, 0, 0], 24);
  return bytes;
}

export const LOGO_URL = 'https://alliance-gironde.example/logo.png';
