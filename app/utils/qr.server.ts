import zlib from "node:zlib";
import QRCode from "qrcode";

/**
 * A QR image of a short text, drawn from the modules the `qrcode` package computes: as SVG path
 * data for pages (no image request, sharp at any zoom) and as a PNG for email, where SVG is not
 * shown. Both are made synchronously, so an email can be written inside its transaction.
 */
const QUIET = 4; // modules of white border the standard asks for

function modules(text: string) {
  const qr = QRCode.create(text, { errorCorrectionLevel: "M" });
  const size = qr.modules.size;
  return { size, dark: (x: number, y: number) => qr.modules.get(y, x) === 1 };
}

/** One path of unit squares in a viewBox of `size` modules plus the quiet zone. */
export function qrSvgPath(text: string): { viewBox: number; d: string } {
  const { size, dark } = modules(text);
  let d = "";
  for (let y = 0; y < size; y++) for (let x = 0; x < size; x++) if (dark(x, y)) d += `M${x + QUIET} ${y + QUIET}h1v1h-1z`;
  return { viewBox: size + 2 * QUIET, d };
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf: Buffer) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "latin1"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** A black-and-white PNG (8-bit greyscale), `scale` pixels per module. */
export function qrPng(text: string, scale = 8): Buffer {
  const { size, dark } = modules(text);
  const side = (size + 2 * QUIET) * scale;
  const raw = Buffer.alloc(side * (side + 1), 255);
  for (let py = 0; py < side; py++) {
    raw[py * (side + 1)] = 0; // filter: none
    const my = Math.floor(py / scale) - QUIET;
    for (let px = 0; px < side; px++) {
      const mx = Math.floor(px / scale) - QUIET;
      if (mx >= 0 && my >= 0 && mx < size && my < size && dark(mx, my)) raw[py * (side + 1) + 1 + px] = 0;
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(side, 0);
  header.writeUInt32BE(side, 4);
  header[8] = 8; // bit depth
  header[9] = 0; // greyscale
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", zlib.deflateSync(raw)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}
