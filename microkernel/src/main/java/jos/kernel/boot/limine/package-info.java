/**
 * The kernel's side of the Limine boot protocol (base revision 3, with revision 2 handled): the
 * requests the loader scans for in the {@code .requests} section between the start and end markers,
 * and read-only views of the responses it leaves in bootloader-reclaimable memory. Layouts follow
 * {@code limine-PROTOCOL-v8.x.md}; each structure is declared once as a {@link jos.hw.Struct}.
 */
package jos.kernel.boot.limine;
