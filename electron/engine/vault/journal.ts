// The journal `<vault>.journal` makes each acknowledged change durable in about a millisecond,
// without rewriting the whole vault. It follows one snapshot: its header names the vault and the
// snapshot generation, and a save starts a fresh journal for the next generation.
//
// Layout: magic "MUSTRJNL" | header length u32 | header JSON | HMAC-SHA256 of the preceding bytes
// then records: length u32 | ~length u32 | sequence u32 | nonce (12) | AES-256-GCM ciphertext + tag.
// Each record's AAD binds it to the vault id, the generation and its sequence number, so records
// cannot be moved between journals, reordered or replayed against another snapshot.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { MusterError } from '../../../shared/errors';
import { seal, unseal } from './cipher';
import { writeFileAtomically } from './durableFile';
import { NONCE_BYTES, TAG_BYTES } from './format';
import type { FsLayer } from './fsLayer';
import { writeAll } from './fsLayer';
import { errnoOf, readError, writeError } from './ioErrors';

const JOURNAL_MAGIC = Buffer.from('MUSTRJNL', 'latin1');
const JOURNAL_FORMAT = 1;
const MAC_BYTES = 32;
const MAX_HEADER_BYTES = 4096;
const RECORD_HEAD_BYTES = 12;
const RECORD_OVERHEAD = RECORD_HEAD_BYTES + NONCE_BYTES;
/** One change bigger than this belongs in a bulk load and a full save, not in the journal. */
export const MAX_RECORD_BYTES = 64 * 1024 * 1024;
/** A later record claiming a sequence this far ahead cannot belong to this journal. */
const MAX_SEQUENCE_GAP = 10_000_000;

export interface JournalBinding {
  vaultId: string;
  generation: number;
}

export function journalPathFor(vaultPath: string): string {
  return `${vaultPath}.journal`;
}

const damaged = (detail: string) =>
  new MusterError(
    'JOURNAL_DAMAGED',
    `The vault's journal (.journal file) is damaged: ${detail}. Recent changes cannot be replayed safely.`,
  );

function recordAad(binding: JournalBinding, seq: number): Buffer {
  const id = Buffer.from(binding.vaultId, 'utf8');
  const tail = Buffer.alloc(4 + 8 + 4);
  tail.writeUInt32BE(id.length, 0);
  tail.writeBigUInt64BE(BigInt(binding.generation), 4);
  tail.writeUInt32BE(seq, 12);
  return Buffer.concat([JOURNAL_MAGIC, tail.subarray(0, 4), id, tail.subarray(4)]);
}

function headerMac(key: Buffer, bytes: Buffer): Buffer {
  return createHmac('sha256', key).update(bytes).digest();
}

function encodeHeader(key: Buffer, binding: JournalBinding): Buffer {
  const json = Buffer.from(
    JSON.stringify({
      formatVersion: JOURNAL_FORMAT,
      vaultId: binding.vaultId,
      generation: binding.generation,
    }),
    'utf8',
  );
  const length = Buffer.alloc(4);
  length.writeUInt32BE(json.length);
  const body = Buffer.concat([JOURNAL_MAGIC, length, json]);
  return Buffer.concat([body, headerMac(key, body)]);
}

export interface JournalScan {
  /** absent: no journal; older: follows an earlier snapshot that already contains it; current: to replay. */
  status: 'absent' | 'older' | 'current';
  /** Decrypted change payloads, in order. */
  changes: Buffer[];
  /** Offset just after the last authentic record: where the next append goes. */
  validEnd: number;
  /** Bytes after validEnd belong to a record torn by a crash; they are ignored. */
  torn: boolean;
  nextSeq: number;
}

/** Reads and authenticates a journal without modifying it. */
export function readJournal(fs: FsLayer, path: string, key: Buffer, binding: JournalBinding): JournalScan {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(path);
  } catch (e) {
    if (errnoOf(e) === 'ENOENT')
      return { status: 'absent', changes: [], validEnd: 0, torn: false, nextSeq: 1 };
    throw readError(e, 'the vault journal');
  }
  const headerEnd = checkHeader(bytes, key, binding);
  if (headerEnd === null) return { status: 'older', changes: [], validEnd: 0, torn: false, nextSeq: 1 };

  const changes: Buffer[] = [];
  let pos = headerEnd;
  let seq = 1;
  let torn = false;
  while (pos < bytes.length) {
    const record = readRecord(bytes, pos, key, binding);
    if (record !== null) {
      if (record.seq !== seq) throw damaged('its changes are out of order');
      changes.push(record.plaintext);
      pos = record.end;
      seq++;
      continue;
    }
    // A crash mid-append leaves one incomplete or unauthentic record at the very end. Anything
    // authentic after a bad record means the damage is in the middle: refuse rather than drop it.
    if (authenticRecordAfter(bytes, pos + 1, key, binding, seq))
      throw damaged('a change in its middle is unreadable');
    torn = true;
    break;
  }
  return { status: 'current', changes, validEnd: pos, torn, nextSeq: seq };
}

/** Returns where records start, or null for a journal of an earlier generation. */
function checkHeader(bytes: Buffer, key: Buffer, binding: JournalBinding): number | null {
  if (
    bytes.length < JOURNAL_MAGIC.length + 4 ||
    !bytes.subarray(0, JOURNAL_MAGIC.length).equals(JOURNAL_MAGIC)
  ) {
    throw damaged('it does not start like a Muster journal');
  }
  const length = bytes.readUInt32BE(JOURNAL_MAGIC.length);
  const bodyEnd = JOURNAL_MAGIC.length + 4 + length;
  if (length > MAX_HEADER_BYTES || bytes.length < bodyEnd + MAC_BYTES)
    throw damaged('its header is incomplete');
  let header: { formatVersion?: unknown; vaultId?: unknown; generation?: unknown };
  try {
    header = JSON.parse(bytes.subarray(JOURNAL_MAGIC.length + 4, bodyEnd).toString('utf8')) as typeof header;
  } catch {
    throw damaged('its header cannot be read');
  }
  if (header.formatVersion !== JOURNAL_FORMAT || typeof header.generation !== 'number') {
    throw damaged('its header cannot be read');
  }
  if (header.vaultId !== binding.vaultId) throw damaged('it belongs to another vault');
  // Written before the current snapshot, which already holds its changes (and may use a newer key).
  if (header.generation < binding.generation) return null;
  if (header.generation > binding.generation) {
    throw damaged('it is newer than the vault file, which may have been replaced by an older copy');
  }
  const mac = bytes.subarray(bodyEnd, bodyEnd + MAC_BYTES);
  if (!timingSafeEqual(mac, headerMac(key, bytes.subarray(0, bodyEnd))))
    throw damaged('its header is not authentic');
  return bodyEnd + MAC_BYTES;
}

interface RecordRead {
  seq: number;
  plaintext: Buffer;
  end: number;
}

function plausibleLength(bytes: Buffer, pos: number): number | null {
  if (bytes.length - pos < RECORD_OVERHEAD + TAG_BYTES) return null;
  const length = bytes.readUInt32BE(pos);
  if (bytes.readUInt32BE(pos + 4) !== ~length >>> 0) return null;
  if (length < TAG_BYTES || length > MAX_RECORD_BYTES + TAG_BYTES) return null;
  if (pos + RECORD_OVERHEAD + length > bytes.length) return null;
  return length;
}

function readRecord(bytes: Buffer, pos: number, key: Buffer, binding: JournalBinding): RecordRead | null {
  const length = plausibleLength(bytes, pos);
  if (length === null) return null;
  const seq = bytes.readUInt32BE(pos + 8);
  const nonce = bytes.subarray(pos + RECORD_HEAD_BYTES, pos + RECORD_OVERHEAD);
  const end = pos + RECORD_OVERHEAD + length;
  const plaintext = unseal(key, nonce, recordAad(binding, seq), bytes.subarray(pos + RECORD_OVERHEAD, end));
  return plaintext === null ? null : { seq, plaintext, end };
}

/** Looks for any authentic record from `from` on, at any offset (a damaged length hides where the next starts). */
function authenticRecordAfter(
  bytes: Buffer,
  from: number,
  key: Buffer,
  binding: JournalBinding,
  seq: number,
): boolean {
  for (let pos = from; pos + RECORD_OVERHEAD + TAG_BYTES <= bytes.length; pos++) {
    if (plausibleLength(bytes, pos) === null) continue;
    const candidate = bytes.readUInt32BE(pos + 8);
    if (candidate < seq || candidate > seq + MAX_SEQUENCE_GAP) continue;
    if (readRecord(bytes, pos, key, binding) !== null) return true;
  }
  return false;
}

/** An open journal being appended to. Every append is flushed to disk before it returns. */
export class JournalWriter {
  private fd: number | null;
  private end: number;
  private nextSeq: number;
  private tornTail: boolean;
  /** Records appended in this generation (replayed ones included). */
  records: number;
  /** Set when a failed append could not be undone: the journal must be replaced before further use. */
  broken = false;

  private constructor(
    private readonly fs: FsLayer,
    private readonly key: Buffer,
    private readonly binding: JournalBinding,
    fd: number,
    state: { end: number; nextSeq: number; tornTail: boolean; records: number },
  ) {
    this.fd = fd;
    this.end = state.end;
    this.nextSeq = state.nextSeq;
    this.tornTail = state.tornTail;
    this.records = state.records;
  }

  /** Starts an empty journal for `binding`, atomically replacing any previous one. */
  static create(fs: FsLayer, path: string, key: Buffer, binding: JournalBinding): JournalWriter {
    const header = encodeHeader(key, binding);
    writeFileAtomically(fs, path, (write) => write(header), { what: 'start the vault journal' });
    const fd = openForAppend(fs, path);
    return new JournalWriter(fs, key, binding, fd, {
      end: header.length,
      nextSeq: 1,
      tornTail: false,
      records: 0,
    });
  }

  /** Continues a journal that was just read; a torn tail is cut off before the next append, not earlier. */
  static resume(
    fs: FsLayer,
    path: string,
    key: Buffer,
    binding: JournalBinding,
    scan: JournalScan,
  ): JournalWriter {
    const fd = openForAppend(fs, path);
    return new JournalWriter(fs, key, binding, fd, {
      end: scan.validEnd,
      nextSeq: scan.nextSeq,
      tornTail: scan.torn,
      records: scan.changes.length,
    });
  }

  get bytes(): number {
    return this.end;
  }

  append(plaintext: Buffer): void {
    if (this.fd === null || this.broken) throw new MusterError('IO_ERROR', 'The vault journal is not open.');
    const fd = this.fd;
    const seq = this.nextSeq;
    const { nonce, sealed } = seal(this.key, recordAad(this.binding, seq), plaintext);
    const head = Buffer.alloc(RECORD_HEAD_BYTES);
    head.writeUInt32BE(sealed.length, 0);
    head.writeUInt32BE(~sealed.length >>> 0, 4);
    head.writeUInt32BE(seq, 8);
    const record = Buffer.concat([head, nonce, sealed]);
    try {
      if (this.tornTail) this.fs.ftruncateSync(fd, this.end);
      writeAll(this.fs, fd, record, this.end);
      this.fs.fdatasyncSync(fd);
    } catch (e) {
      this.undoPartialAppend(fd);
      throw writeError(e, 'record the change');
    }
    this.tornTail = false;
    this.end += record.length;
    this.nextSeq++;
    this.records++;
  }

  /** A half-written record followed later by good ones would read as damage: cut it off now. */
  private undoPartialAppend(fd: number): void {
    try {
      this.fs.ftruncateSync(fd, this.end);
      this.fs.fdatasyncSync(fd);
    } catch {
      this.broken = true;
    }
  }

  close(): void {
    if (this.fd === null) return;
    const fd = this.fd;
    this.fd = null;
    try {
      this.fs.closeSync(fd);
    } catch {
      // Every record was flushed when appended; a failing close loses nothing.
    }
  }
}

function openForAppend(fs: FsLayer, path: string): number {
  try {
    return fs.openSync(path, 'r+');
  } catch (e) {
    throw writeError(e, 'open the vault journal');
  }
}
