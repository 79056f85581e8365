// Streams a generated dataset into a folder: each file is encoded in its own convention and
// written in chunks of about 64 KiB, so memory stays flat however many people are generated.
import { mkdir, open, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { datasetFiles, generateDataset, validateOptions, type DatasetOptions } from './dataset';
import { delimitedLine } from './formats';
import type { Encoding, FileSpec } from './files/spec';

// Small enough that buffered lines die young (cheap for the garbage collector), large enough
// that writes stay few.
const CHUNK_CHARS = 1 << 16;

const ICONV_NAMES: Readonly<Record<Encoding, string>> = {
  utf8: 'utf8',
  windows1252: 'windows-1252',
  utf16le: 'utf16le',
};

class FileSink {
  private buffered: string[] = [];
  private chars = 0;
  rows = 0;

  private constructor(
    readonly spec: FileSpec,
    private readonly handle: FileHandle,
  ) {}

  static async create(dir: string, spec: FileSpec): Promise<FileSink> {
    const sink = new FileSink(spec, await open(join(dir, spec.name), 'w'));
    if (spec.bom) await sink.write('\uFEFF');
    if (spec.format === 'jsonArray') await sink.write('[');
    else await sink.write(delimitedLine(spec.columns, spec.delimiter, spec.newline));
    return sink;
  }

  /** Buffers one row; resolves at once unless the buffer was full and had to be written. */
  writeRow(cells: readonly string[]): Promise<void> | undefined {
    this.rows++;
    return this.write(delimitedLine(cells, this.spec.delimiter, this.spec.newline));
  }

  writeRecord(record: unknown): Promise<void> | undefined {
    return this.write((this.rows++ === 0 ? '\n' : ',\n') + JSON.stringify(record));
  }

  async close(): Promise<void> {
    try {
      if (this.spec.format === 'jsonArray') await this.write(this.rows === 0 ? ']\n' : '\n]\n');
      await this.flush();
    } finally {
      await this.handle.close();
    }
  }

  // Awaiting only when a chunk is written keeps the per-row cost of the async API near zero.
  private write(text: string): Promise<void> | undefined {
    this.buffered.push(text);
    this.chars += text.length;
    return this.chars >= CHUNK_CHARS ? this.flush() : undefined;
  }

  private async flush(): Promise<void> {
    if (this.buffered.length === 0) return;
    const bytes = iconv.encode(this.buffered.join(''), ICONV_NAMES[this.spec.encoding]);
    this.buffered = [];
    this.chars = 0;
    await this.handle.write(bytes);
  }
}

export interface DatasetSummary {
  readonly people: number;
  /** Data rows per file name (header excluded). */
  readonly files: ReadonlyArray<{ readonly name: string; readonly rows: number }>;
}

export interface WriteOptions {
  /** Called every 10,000 people and at the end. */
  onProgress?: (peopleDone: number, peopleTotal: number) => void;
}

type Sinks = Record<FileSpec['id'], FileSink>;

async function stream(
  options: DatasetOptions,
  specs: Readonly<Record<FileSpec['id'], FileSpec>>,
  sinks: Sinks,
  write: WriteOptions,
) {
  const people = sinks.people;
  for (const event of generateDataset(options)) {
    if (event.kind === 'person') {
      const pending = people.writeRow(event.cells);
      if (pending) await pending;
      if (people.rows % 10_000 === 0) write.onProgress?.(people.rows, options.people);
      continue;
    }
    const pending =
      event.kind === 'record'
        ? sinks.rosterJson.writeRecord(event.record)
        : sinks[event.file].writeRow(event.cells);
    if (pending) await pending;
    const truthPending = sinks.truth.writeRow([specs[event.file].name, String(event.row), event.personId]);
    if (truthPending) await truthPending;
  }
  write.onProgress?.(people.rows, options.people);
}

/** Generates the dataset into `dir` (created if needed; files of the same names are replaced). */
export async function writeDataset(
  options: DatasetOptions,
  dir: string,
  write: WriteOptions = {},
): Promise<DatasetSummary> {
  validateOptions(options);
  const specs = datasetFiles(options);
  await mkdir(dir, { recursive: true });
  const opened: FileSink[] = [];
  let failure: { error: unknown } | null = null;
  try {
    const sinks = {} as Sinks;
    for (const spec of Object.values(specs)) {
      const sink = await FileSink.create(dir, spec);
      opened.push(sink);
      sinks[spec.id] = sink;
    }
    await stream(options, specs, sinks, write);
  } catch (error) {
    failure = { error };
  }
  // Close every file even after a failure, so no handle is left open on a half-written folder;
  // the first failure is the one worth reporting.
  const closed = await Promise.allSettled(opened.map((s) => s.close()));
  if (failure) throw failure.error;
  const closeFailure = closed.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (closeFailure) throw closeFailure.reason;
  return {
    people: options.people,
    files: opened.map((s) => ({ name: s.spec.name, rows: s.rows })),
  };
}
