/** How the kernel was started: the boot protocol's answers and the command line. */
package jos.kernel.boot;
