/**
 * Middle layer, lowest: the kernel's side of the Limine boot protocol (base revision 3, with revision 2 handled): the
 * requests the loader scans for in the {@code .requests} section between the start and end markers
 * ({@link jos.kernel.boot.limine.Requests}, compile-time data built from {@link jos.limine.Protocol}'s
 * constants), what the kernel makes of the responses it leaves in bootloader-reclaimable memory
 * ({@link jos.kernel.boot.limine.BootInfo}) and the options of the command line
 * ({@link jos.kernel.boot.limine.CommandLine}). Read-only answers, used by every layer above; printing
 * them is the boot's ({@code jos.kernel.boot.BootReport}).
 * The layouts themselves are {@code lib/limine}'s ({@code jos.limine}), shared with the loader.
 */
package jos.kernel.boot.limine;
