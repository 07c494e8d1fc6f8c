/**
 * The .xlsx package's last step (Node only): the parts, in their order, deflated by Node's own
 * zlib into a zip file. ExcelJS and JSZip deflate with pako (JavaScript); the generator has
 * ExcelJS store its parts uncompressed, edits them with JSZip (reading a stored zip copies bytes,
 * nothing is inflated) and compresses each part once, here.
 */
import { crc32, deflateRawSync } from "node:zlib";
import type JSZip from "jszip";

/** Deflate level: 9 (as the chart writer's JSZip used) costs little more than 6 on XML. */
const LEVEL = 9;

interface Entry {
  readonly name: Buffer;
  readonly crc: number;
  readonly size: number;
  readonly data: Buffer;
  readonly deflated: boolean;
  readonly dir: boolean;
  readonly time: number;
  readonly date: number;
}

/** MS-DOS time and date fields of a moment (UTC, as the parts' dates are). */
function dosTime(d: Date): { time: number; date: number } {
  return {
    time: (d.getUTCHours() << 11) | (d.getUTCMinutes() << 5) | (d.getUTCSeconds() >> 1),
    date:
      ((Math.max(d.getUTCFullYear(), 1980) - 1980) << 9) |
      ((d.getUTCMonth() + 1) << 5) |
      d.getUTCDate(),
  };
}

/** A zip of the package's parts (folders kept as folder entries), each part deflated. */
export async function deflatedPackage(zip: JSZip): Promise<Buffer> {
  const entries: Entry[] = [];
  for (const file of Object.values(zip.files)) {
    const raw = file.dir ? Buffer.alloc(0) : Buffer.from(await file.async("uint8array"));
    const deflated = !file.dir && raw.length > 0;
    entries.push({
      name: Buffer.from(file.name, "utf8"),
      crc: file.dir ? 0 : crc32(raw),
      size: raw.length,
      data: deflated ? deflateRawSync(raw, { level: LEVEL }) : raw,
      deflated,
      dir: file.dir,
      ...dosTime(file.date),
    });
  }
  const chunks: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed: 2.0 (deflate)
    local.writeUInt16LE(0x0800, 6); // names in UTF-8
    local.writeUInt16LE(e.deflated ? 8 : 0, 8);
    local.writeUInt16LE(e.time, 10);
    local.writeUInt16LE(e.date, 12);
    local.writeUInt32LE(e.crc, 14);
    local.writeUInt32LE(e.data.length, 18);
    local.writeUInt32LE(e.size, 22);
    local.writeUInt16LE(e.name.length, 26);
    local.writeUInt16LE(0, 28);
    const head = Buffer.alloc(46);
    head.writeUInt32LE(0x02014b50, 0);
    head.writeUInt16LE(20, 4); // made by: 2.0, MS-DOS attributes
    head.writeUInt16LE(20, 6);
    head.writeUInt16LE(0x0800, 8);
    head.writeUInt16LE(e.deflated ? 8 : 0, 10);
    head.writeUInt16LE(e.time, 12);
    head.writeUInt16LE(e.date, 14);
    head.writeUInt32LE(e.crc, 16);
    head.writeUInt32LE(e.data.length, 20);
    head.writeUInt32LE(e.size, 24);
    head.writeUInt16LE(e.name.length, 28);
    head.writeUInt16LE(0, 30); // extra
    head.writeUInt16LE(0, 32); // comment
    head.writeUInt16LE(0, 34); // disk
    head.writeUInt16LE(0, 36); // internal attributes
    head.writeUInt32LE(e.dir ? 0x10 : 0, 38); // external: MS-DOS folder attribute
    head.writeUInt32LE(offset, 42);
    chunks.push(local, e.name, e.data);
    central.push(head, e.name);
    offset += local.length + e.name.length + e.data.length;
  }
  const centralSize = central.reduce((n, b) => n + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...chunks, ...central, end]);
}
