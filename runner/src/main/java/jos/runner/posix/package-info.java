/**
 * The few POSIX calls the host tools need (file descriptors, {@code poll}, termios, pseudo-terminals),
 * called through the JDK's foreign function and memory API: no native library of ours and no JNR, only
 * the C library the JVM already runs on. Every failing call is a {@link jos.runner.posix.PosixException}
 * naming the call, what it was applied to, and the C library's description of {@code errno}.
 */
package jos.runner.posix;
