#ifndef QUOTEBASE_CSQLITECONFIG_H
#define QUOTEBASE_CSQLITECONFIG_H

/// Turns off, for the whole process, SQLite's memory statistics, which make every allocation SQLite does take a
/// global mutex. Only `sqlite3_config` can, and Swift cannot call a variadic C function. Returns SQLITE_OK, or
/// SQLITE_MISUSE when SQLite was already initialized (the setting then stays as it was).
int quotebase_sqlite_disable_memory_statistics(void);

/// Lets `sqlite3_open_v2` read `file:…?immutable=1` names, which open a database in a read-only folder.
int quotebase_sqlite_enable_uri_filenames(void);

#endif
