// Opens an import file as a Table, whatever its format: the bytes decide (a ZIP is a workbook,
// text starting with "[" is JSON), the extension only breaks ties. Nothing here writes anything.
import { readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { MusterError } from '../../../../shared/errors';
import type { FileOptions } from '../../../../shared/imports';
import { decodeText, NotTextError } from '../decode';
import { delimitedTable } from './readCsv';
import { jsonTable } from './readJson';
import { workbookTable } from './readXlsx';
import type { Table } from './table';

/** Bigger files are refused before reading: 2 GiB is beyond what the vault could hold anyway. */
const MAX_FILE_BYTES = 1.5 * 1024 * 1024 * 1024;

async function readBytes(path: string): Promise<Buffer> {
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new MusterError('INVALID_INPUT', 'Choose a file, not a folder.');
    if (info.size > MAX_FILE_BYTES)
      throw new MusterError('INVALID_INPUT', 'The file is too large to import.');
    return await readFile(path);
  } catch (e) {
    if (e instanceof MusterError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new MusterError('NOT_FOUND', 'The file to import does not exist.');
    if (code === 'EACCES' || code === 'EPERM') {
      throw new MusterError('NOT_WRITABLE', 'Muster is not allowed to read the file to import.');
    }
    throw new MusterError('IO_ERROR', 'The file to import could not be read.');
  }
}

function looksLikeJson(text: string, fileName: string): boolean {
  const ext = extname(fileName).toLowerCase();
  if (ext === '.json') return true;
  if (ext === '.csv' || ext === '.tsv' || ext === '.txt') return false;
  return /^\s*[[{]/.test(text.slice(0, 100));
}

export async function openTable(options: FileOptions): Promise<Table> {
  const fileName = basename(options.path);
  const bytes = await readBytes(options.path);
  if (bytes.length === 0) throw new MusterError('INVALID_INPUT', 'The file is empty.');
  let decoded;
  try {
    decoded = decodeText(bytes, options.encoding === undefined ? {} : { encoding: options.encoding });
  } catch (e) {
    if (e instanceof NotTextError && e.kind === 'zip') return workbookTable(bytes, fileName, options.sheet);
    throw e;
  }
  return looksLikeJson(decoded.text, fileName)
    ? jsonTable(decoded, fileName)
    : delimitedTable(decoded, fileName);
}
