/**
 * User programs: loading an ELF image into its own address space ({@link jos.kernel.process.UserImage})
 * and running it in ring 3 until it exits or faults ({@link jos.kernel.process.UserMode}). Processes,
 * their threads and scheduling come next.
 */
package jos.kernel.process;
