/**
 * Top layer: the boot's report of what the loader handed over ({@link jos.kernel.boot.BootReport}). The
 * answers themselves, and the command line, are read in {@code jos.kernel.boot.limine} (middle layer),
 * since every subsystem reads them; the boot sequence is {@link jos.kernel.Kernel}.
 */
package jos.kernel.boot;
