// The pixel size of the images DocumentApp takes (PNG, GIF, JPEG: Google lists no formats, unverified), read from their bytes.

/** Width and height in pixels, or null when the bytes are none of the image formats Docs inserts. */
export function imageSize(bytes: Uint8Array): { width: number; height: number } | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // PNG: the signature, then the IHDR chunk's width and height (https://www.w3.org/TR/png/#11IHDR).
  if (bytes.length >= 24 && view.getUint32(0) === 0x89504e47 && view.getUint32(12) === 0x49484452)
    return { width: view.getUint32(16), height: view.getUint32(20) };
  // GIF: "GIF87a" or "GIF89a", then the logical screen's width and height, little-endian.
  if (bytes.length >= 10 && /^GIF8[79]a$/.test(String.fromCharCode(...bytes.subarray(0, 6))))
    return { width: view.getUint16(6, true), height: view.getUint16(8, true) };
  // JPEG: segments after the SOI marker until a start-of-frame, which gives height then width.
  if (bytes.length >= 4 && view.getUint16(0) === 0xffd8) {
    let at = 2;
    while (at + 9 <= bytes.length && bytes[at] === 0xff) {
      const marker = bytes[at + 1] as number;
      const isFrame =
        marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
      if (isFrame) return { width: view.getUint16(at + 7), height: view.getUint16(at + 5) };
      at += 2 + view.getUint16(at + 2);
    }
  }
  return null;
}
