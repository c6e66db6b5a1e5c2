/**
 * Test scenarios selected by {@code test=<name>} on the kernel command line, so that QEMU tests can
 * trigger each fault and check the kernel's report. The names are a contract with the test tooling.
 * They are part of the test kernel only ({@code jos.kernel.testkernel.TestKernel}); the product kernel
 * contains none of this code.
 */
package jos.kernel.scenario;
