/**
 * The kernel as an ELF64 file: the loader's checks on top of jos.elf's (lib/elf: the header and program
 * header layouts and the checks any executable must pass), and the loader that copies its PT_LOAD
 * segments into one physically contiguous allocation.
 */
package jos.loader.elf;
