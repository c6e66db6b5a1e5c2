/**
 * The kernel as an ELF64 file: its header and program header layouts, the checker that refuses a file
 * the loader cannot load safely, and the loader that copies its PT_LOAD segments into one physically
 * contiguous allocation.
 */
package jos.loader.elf;
