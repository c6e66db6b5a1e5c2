/**
 * {@code scripts/os console}: a serial console for a real machine (or QEMU's {@code -serial pty}). A
 * {@link jos.runner.console.SerialDevice} is the line opened raw at a baud rate with no flow control,
 * {@link jos.runner.console.StampedLines} prefixes each line the machine prints with the host's time,
 * {@link jos.runner.console.ConsoleDevices} finds the SuzyQable's AP console, and
 * {@link jos.runner.console.Console} runs the session: device to screen and log, keys to device, Ctrl-]
 * to leave, and an unplugged device waited for and reopened.
 */
package jos.runner.console;
