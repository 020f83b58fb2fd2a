"""One schema per record Yichuang reads from outside (catalog files, the command line): what
each field may hold, and the Chinese message that names the file, sheet, row and field when
it does not. ``catalog`` has the catalog's records, ``people`` the hall and staff."""
