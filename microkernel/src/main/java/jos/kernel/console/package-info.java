/**
 * The kernel's early and emergency console: the COM1 serial port and a text console on the boot
 * framebuffer, both fed by {@link jos.kernel.console.Log}, which formats records without allocating
 * and keeps lines from different CPUs apart. Middle layer, above time (its timestamps).
 */
package jos.kernel.console;
