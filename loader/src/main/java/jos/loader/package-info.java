/**
 * The jos loader: boots a Limine-protocol kernel (base revision 3 semantics) from GRUB's multiboot2.
 *
 * <p>{@code entry.S} receives control from GRUB in 32-bit protected mode, builds an identity map of the
 * low 4 GiB, enters long mode and calls {@link jos.loader.Loader#main}. From there everything is Java
 * with no heap: static methods over static primitive fields and raw physical memory (identity-mapped,
 * so the loader only touches memory below 4 GiB). Failures are reported by return values and a reason
 * in the {@link jos.loader.Problem} record that {@link jos.loader.Loader} owns and passes to every stage;
 * the top level prints it and halts.
 */
package jos.loader;
