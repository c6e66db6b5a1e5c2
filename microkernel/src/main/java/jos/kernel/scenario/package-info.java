/**
 * Test scenarios selected by {@code test=<name>} on the kernel command line, so that QEMU tests can
 * trigger each fault and check the kernel's report. The names are a contract with the test tooling.
 */
package jos.kernel.scenario;
