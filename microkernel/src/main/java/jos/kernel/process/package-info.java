/**
 * User programs: loading an ELF image into its own address space ({@link jos.kernel.process.UserImage})
 * and running it as a thread ({@link jos.kernel.process.UserThread}) whose complete user register state lives
 * in its own frame ({@link jos.kernel.process.UserFrame}), left and entered through one return path
 * ({@link jos.kernel.process.UserReturn}). Processes and scheduling come next.
 */
package jos.kernel.process;
