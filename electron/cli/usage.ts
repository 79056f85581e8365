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
  dedupe <vault> [--full] [--json]
                               Find duplicates (only new records when a run exists, unless
                               --full); prints pairs compared, links, clusters, review count
  clusters <vault> --out <csv> One row per record: source, source_key, person_id
  area add <vault> <file> --name <n> [--severity evacuate|shelter|watch] [--source <s>]
         [--at <ISO time>] [--format auto|geojson|kml|kmz|shapefile] [--per-feature] [--json]
                               Import a crisis area (GeoJSON, KML/KMZ, zipped Shapefile);
                               prints the repairs made and what was ignored
  area list <vault> [--json]   The vault's crisis areas
  inside <vault> --area <name|id> [--limit N] [--json]
                               Who is inside an area: count, breakdowns, person ids
  export manifest|contacts|aggregate <vault> (--area <name|id> | <search>) --out <file>
         [--format csv|xlsx|pdf] [--layout sms|rapidpro|email|vcard] [--profile <name>] [--k N]
         (--recipient <age key|address-book name>… | --seal-passphrase-file <f> | --plain)
                               Evacuation manifest (csv, xlsx or printable pdf), contact list
                               or aggregated figures (csv, xlsx), sealed with age unless
                               --plain (aggregate: --area repeatable, all areas when absent)
  status <vault> [--set <status> (--area <name|id> | <search>) [--only-from s1,s2]] [--json]
                               Set the crisis status of everyone inside an area or found by
                               a search (unknown, contacted, safe, needs_assistance,
                               evacuated, missing), or print the counts by status, area and
                               vulnerability
  <search>: [--query <name, passport, phone or e-mail>] [--nationality CC] [--city <c>]
            [--source <s>] [--sex F|M|X] [--special-needs]   (manifests, contact lists, status)
  keys list|add|remove <vault> [--name <n>] [--key <age1…>] [--note <text>] [--json]
                               The address book of partners' age public keys that exports
                               are sealed to (--recipient takes a name from it)
  demo [--out <vault>] [--people N] [--if-missing]
                               Create a demo vault of synthetic people

Passphrase: from the MUSTER_PASSPHRASE environment variable or --passphrase-file <file>,
never from the command line. Operator name: --operator <name>, MUSTER_OPERATOR, or your login.
Exit codes: 0 success, 1 error (wrong passphrase, damaged file, ...), 2 usage error.`;
