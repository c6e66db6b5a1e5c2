/**
 * ELF64 (System V ABI, x86-64) as the loader and the kernel read it: the file header and program header
 * layouts, their constants, and the checks every consumer of an executable needs before trusting one.
 *
 * <p><b>Rules.</b> The code runs on freestanding targets without a heap: static methods over the
 * address of a file already in memory, read with {@link jos.hw.Memory}. A failed check returns false
 * after writing a reason code (whose text is constant) and the values involved into the caller's
 * {@link jos.elf.Problem} record, a {@code long[]} the caller owns: nothing is kept in statics, so loads
 * on several CPUs never share a reason. The caller names the file and prints it. Every layout is one {@link jos.hw.Struct} class; no offset is
 * written anywhere else. Nothing in the file is trusted: {@link jos.elf.ElfFile} checks the header, that
 * there are at most 64 program headers, that the table and every PT_LOAD segment's bytes lie inside the
 * file, that segments ascend by p_vaddr, neither wrap the address space nor overlap and are aligned as
 * they say, and that the entry point is in code; each check is one pass over the program headers.
 * What a file must be for one particular consumer (the loader's higher-half kernel, say) is that
 * consumer's own check.
 */
package jos.elf;
