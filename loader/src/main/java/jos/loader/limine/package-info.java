/**
 * The Limine boot protocol as the loader implements it (base revision 3 semantics; revisions 0-2
 * honoured where they differ: HHDM extent and RSDP address). The layouts, request IDs and constants are
 * {@code lib/limine}'s ({@code jos.limine}), shared with the kernel; this package holds what only the
 * producer does. {@link jos.loader.limine.Requests} finds the kernel's requests; one class per feature
 * builds the response in bootloader-reclaimable memory ({@link jos.loader.limine.Arena}), with pointers
 * in the higher-half direct map ({@link jos.loader.limine.Hhdm}). {@link jos.loader.limine.AddressSpace}
 * builds the page tables the kernel is entered with.
 */
package jos.loader.limine;
