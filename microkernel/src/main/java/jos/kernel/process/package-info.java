/**
 * User programs: loading an ELF image into its own address space ({@link jos.kernel.process.UserImage}).
 * Processes, their threads and the system calls that serve them come next.
 */
package jos.kernel.process;
