/**
 * The Limine boot protocol's declarations (base revision 3, {@code limine-PROTOCOL-v8.x.md}), shared by
 * the loader, which finds the requests in a kernel image and writes the responses, and the kernel,
 * which makes the requests and reads the responses.
 *
 * <p>{@link jos.limine.Protocol} holds the magic numbers: the common request magic, every request's ID
 * words, the base revision tag and the request markers. Every structure is one {@link jos.hw.Struct}
 * class named after its C structure ({@code struct limine_smp_info} is {@link jos.limine.SmpInfo}),
 * with its members' offsets, its size ({@code SIZE}, or {@code BYTES} where a member is called
 * {@code size}), the constants the protocol defines for it, and plain read accessors taking the
 * structure's address. Requests without members of their own are read through
 * {@link jos.limine.RequestHeader}. Nothing here allocates or builds: the code runs freestanding.
 *
 * <p>Names follow the v8.x specification ({@code kernel_file}, {@code kernel_address}, {@code smp});
 * later revisions of the document call these the executable file, executable address and MP features.
 */
package jos.limine;
