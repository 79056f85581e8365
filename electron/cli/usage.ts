// Usage errors (exit code 2) are told apart from user errors (exit code 1, a MusterError).
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export const USAGE = `Usage: muster <command> [options]

Commands:
  init <vault>                 Create a new encrypted vault
  info <vault> [--json]        Format version, schema version and counts
  passwd <vault>               Change the passphrase (new one from MUSTER_NEW_PASSPHRASE
                               or --new-passphrase-file)
  audit <vault> [--json]       The vault's audit trail
  import <vault> <file> --source <name> [--mapping <json>] [--country <CC>]
         [--sheet <name>] [--encoding <enc>] [--save-template <name>] [--json]
                               Import a CSV, TSV, XLSX or JSON file of people; prints
                               read, imported, updated, unchanged, rejected, geocoded;
                               --country defaults to the vault's host country
  people <vault> [--query <text>] [--limit N] [--json]
                               Search people by name, passport, phone or e-mail
  demo [--out <vault>] [--people N] [--if-missing]
                               Create a demo vault of synthetic people

Passphrase: from the MUSTER_PASSPHRASE environment variable or --passphrase-file <file>,
never from the command line. Operator name: --operator <name>, MUSTER_OPERATOR, or your login.
Exit codes: 0 success, 1 error (wrong passphrase, damaged file, ...), 2 usage error.`;
