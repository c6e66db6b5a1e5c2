/**
 * User programs: loading an ELF image into its own address space ({@link jos.kernel.process.UserImage})
 * and running it as a thread ({@link jos.kernel.process.UserThread}) whose complete user register state lives
 * in its own frame ({@link jos.kernel.x86.user.UserFrame}), left and entered through one return path
 * ({@link jos.kernel.x86.user.UserReturn}); processes ({@link jos.kernel.process.Process}: a capability
 * table, an address space, threads, and the teardown when they end) and the kernel objects capabilities
 * name ({@link jos.kernel.process.Objects}); the first process, started with a capability for everything
 * the boot found and a boot record saying which is which ({@link jos.kernel.process.FirstProcess},
 * {@link jos.kernel.process.BootAuthority}). Top layer, the lowest
 * there: the trap and syscall layers end programs through it; a program's debug output line is
 * {@link jos.kernel.process.ProgramOutput}.
 */
package jos.kernel.process;
