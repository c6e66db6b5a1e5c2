/**
 * The test kernel: the product kernel's boot, then the scenario named by {@code test=<name>}. Built from
 * its own source set ({@code microkernel/src/testkernel}) for the QEMU tests and {@code scripts/os build
 * --test-kernel}, never into the kernel users boot.
 */
package jos.kernel.testkernel;
