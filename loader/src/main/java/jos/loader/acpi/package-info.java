/**
 * What the loader takes from ACPI: the MADT's CPUs (to start them) and I/O APICs (to mask them). The
 * tables are parsed and checked by the shared jos.acpi (lib/acpi); this package adds the loader's
 * limits (tables are read through its identity map of the low 4 GiB, so tables above it are refused),
 * its record tables in scratch memory, and the console warning when a table is refused. A bad table is
 * a warning and no MP, never a crash.
 */
package jos.loader.acpi;
