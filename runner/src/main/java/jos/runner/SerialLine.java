package jos.runner;

import java.time.Duration;

/** One line the guest wrote to COM1, and when it arrived, counted from QEMU's start. */
public record SerialLine(String text, Duration at) {
}
