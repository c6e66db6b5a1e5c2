/**
 * Stack-trace tables for targets that walk native frames: an ELF and DWARF 5 reader for the linked
 * image (line programs in Java lines, thanks to the {@code #line} directives of the generated C, and
 * inlined-subroutine scopes), and the builder of the sorted pc-to-frames table the runtime searches.
 */
package jos.aot.trace;
