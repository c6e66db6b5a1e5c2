/**
 * User programs: loading an ELF image into its own address space ({@link jos.kernel.process.UserImage})
 * and running it in ring 3 until it exits or faults ({@link jos.kernel.process.UserMode}). Processes,
 * their threads and scheduling come next. Top layer, the lowest there: the trap and syscall layers end
 * programs through it; a program's debug output line is {@link jos.kernel.process.ProgramOutput}.
 */
package jos.kernel.process;
