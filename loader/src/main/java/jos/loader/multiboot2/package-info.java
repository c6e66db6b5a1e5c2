/**
 * The multiboot2 boot information GRUB passes to the loader: its tag layouts ({@link
 * jos.loader.multiboot2.Tags}), the walk that finds the tags ({@link
 * jos.loader.multiboot2.BootInformation}), the modules with their paths and command lines, and the
 * conversion of the multiboot2 memory map to Limine memory types.
 */
package jos.loader.multiboot2;
