// Streams a generated dataset into a folder: each file is encoded in its own convention and
// written in chunks of about 1 MiB, so memory stays flat however many people are generated.
import { mkdir, open, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { datasetFiles, generateDataset, type DatasetOptions } from './dataset';
import { delimitedLine } from './formats';
import type { Encoding, FileSpec } from './files/spec';

const CHUNK_CHARS = 1 << 20;

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

  async writeRow(cells: readonly string[]): Promise<void> {
    this.rows++;
    await this.write(delimitedLine(cells, this.spec.delimiter, this.spec.newline));
  }

  async writeRecord(record: unknown): Promise<void> {
    await this.write((this.rows++ === 0 ? '\n' : ',\n') + JSON.stringify(record));
  }

  async close(): Promise<void> {
    try {
      if (this.spec.format === 'jsonArray') await this.write(this.rows === 0 ? ']\n' : '\n]\n');
      await this.flush();
    } finally {
      await this.handle.close();
    }
  }

  private async write(text: string): Promise<void> {
    this.buffered.push(text);
    this.chars += text.length;
    if (this.chars >= CHUNK_CHARS) await this.flush();
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

/** Generates the dataset into `dir` (created if needed; files of the same names are replaced). */
export async function writeDataset(options: DatasetOptions, dir: string, write: WriteOptions = {}): Promise<DatasetSummary> {
  const specs = datasetFiles(options);
  await mkdir(dir, { recursive: true });
  const sinks: FileSink[] = [];
  let completed = false;
  try {
    const sink = async (id: FileSpec['id']) => {
      const s = await FileSink.create(dir, specs[id]);
      sinks.push(s);
      return s;
    };
    const registrations = await sink('registrations');
    const byFile = {
      registrations,
      rosterFrench: await sink('rosterFrench'),
      rosterArabic: await sink('rosterArabic'),
      rosterJson: await sink('rosterJson'),
      rosterTsv: await sink('rosterTsv'),
    };
    const truth = await sink('truth');
    const people = await sink('people');

    for (const event of generateDataset(options)) {
      if (event.kind === 'person') {
        await people.writeRow(event.cells);
        if (people.rows % 10_000 === 0) write.onProgress?.(people.rows, options.people);
        continue;
      }
      if (event.kind === 'record') await byFile.rosterJson.writeRecord(event.record);
      else await byFile[event.file].writeRow(event.cells);
      await truth.writeRow([specs[event.file].name, String(event.row), event.personId]);
    }
    write.onProgress?.(people.rows, options.people);
    completed = true;
  } finally {
    // Close every file even after a failure, so no handle is left open on a half-written folder;
    // a failure to close only matters when nothing failed before it.
    const results = await Promise.allSettled(sinks.map((s) => s.close()));
    const failed = results.find((r) => r.status === 'rejected');
    if (failed && completed) throw (failed as PromiseRejectedResult).reason;
  }
  return {
    people: options.people,
    files: sinks.map((s) => ({ name: s.spec.name, rows: s.rows })),
  };
}
