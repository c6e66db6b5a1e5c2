/**
 * The ACPI tables the loader reads to find the CPUs and I/O APICs: the RSDP, the RSDT (ACPI 1.0, as
 * SeaBIOS gives) or XSDT, and the MADT. Every table is checked (signature, length, checksum) before
 * use; a bad table is a {@link jos.loader.Problem}, never a crash. Tables are read through the
 * loader's identity map, so tables above 4 GiB are refused.
 */
package jos.loader.acpi;
