/**
 * x86_64 processor state the loader sets up for the kernel: feature detection (cpuid), the control
 * registers and MSRs of the Limine entry state, and the GDT the protocol prescribes.
 */
package jos.loader.cpu;
