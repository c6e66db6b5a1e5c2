/**
 * The runner: builds the bootable jos image and boots it in QEMU ({@code scripts/os build|run}).
 *
 * <p>One class per concept: what goes on the image ({@link jos.runner.ImageSpec}, {@link jos.runner.BootModule}),
 * the bootloader configurations ({@link jos.runner.GrubConfig}, {@link jos.runner.LimineConfig}), building it
 * ({@link jos.runner.JavaBuild}, {@link jos.runner.NativeBuild}, {@link jos.runner.GrubIso},
 * {@link jos.runner.LimineIso}, {@link jos.runner.ImageBuilder}), the external tools and where they come from
 * ({@link jos.runner.Tool}, {@link jos.runner.Tools}, {@link jos.runner.Ovmf}), and running QEMU
 * ({@link jos.runner.QemuOptions}, {@link jos.runner.QemuCommand}, {@link jos.runner.QemuProcess}, or
 * {@link jos.runner.QemuContainer} for QEMU inside a container,
 * {@link jos.runner.ExitStatus}, {@link jos.runner.Gdb}). The picocli commands ({@link jos.runner.Main})
 * only translate options into calls of these classes, which the QEMU boot tests call directly.
 *
 * <p>Failures the user can fix (a missing tool, a bad option, a failed compile) are {@link
 * jos.runner.RunnerException}s: one message, no stack trace.
 *
 * <p>Host tools for real machines live in subpackages: the serial console ({@code jos.runner.console},
 * {@code scripts/os console}) over the C library calls of {@code jos.runner.posix}, and the USB writer
 * ({@code jos.runner.flash}, {@code scripts/os flash}).
 */
package jos.runner;
