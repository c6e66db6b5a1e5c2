/**
 * Time: the time since boot, read from the TSC, whose frequency is measured once at boot against the
 * 8254 PIT.
 */
package jos.kernel.time;
