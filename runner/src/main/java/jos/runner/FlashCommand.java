package jos.runner;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.LongConsumer;
import jos.runner.flash.FlashTarget;
import jos.runner.flash.HostView;
import jos.runner.flash.ImageWriter;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code scripts/os flash DEVICE}: writes the image to a USB stick with a progress bar, syncs, reads it
 * back and compares hashes, and prints how long it took. What must not be written is refused first
 * ({@link FlashTarget}).
 */
@Command(name = "flash", mixinStandardHelpOptions = true,
        description = {"Writes the image to a USB stick (the whole disk, e.g. /dev/sdb), then reads it back to check it.",
                "Refuses a mounted disk, the running system's disk, anything not a block device, and a",
                "non-removable disk unless --force."})
public final class FlashCommand implements Callable<Integer> {

    private static final long MIB = 1 << 20;

    @Parameters(index = "0", paramLabel = "DEVICE", description = "the USB stick's disk, such as /dev/sdb")
    Path device;

    @Option(names = "--image", paramLabel = "FILE", description = "image to write (default: build/os/jos.iso)")
    Path image;

    @Option(names = "--force", description = "write a disk that does not say it is removable (never a mounted or the system's)")
    boolean force;

    HostView host = HostView.real();

    @Override
    public Integer call() {
        Path iso = image != null ? image : Project.locate().root().resolve("build/os/jos.iso");
        if (!Files.isRegularFile(iso)) {
            throw new RunnerException("no image at " + iso + (image == null ? ": build it with scripts/os build" : ""));
        }
        FlashTarget target = FlashTarget.check(device, force, host);
        long size = iso.toFile().length();
        System.err.printf(Locale.ROOT, "flash: writing %s (%.1f MiB) to %s (%s)%n", iso, (double) size / MIB, device,
                target.disk());
        ImageWriter.Result r;
        try (Bar write = new Bar("write", size); Bar verify = new Bar("verify", size)) {
            r = ImageWriter.write(iso, device, write, verify);
        }
        double writeSeconds = r.writeNanos() / 1e9;
        System.err.printf(Locale.ROOT, "flash: wrote %.1f MiB in %.1f s (%.1f MiB/s, synced); read back in %.1f s:"
                        + " SHA-256 %s matches; %.1f s in all%n", (double) r.bytes() / MIB, writeSeconds,
                r.bytes() / MIB / Math.max(writeSeconds, 1e-3), r.verifyNanos() / 1e9, r.sha256(),
                (r.writeNanos() + r.verifyNanos()) / 1e9);
        return 0;
    }

    /** A progress bar on stderr that appears with the first progress and is finished when done reaches size. */
    private static final class Bar implements LongConsumer, AutoCloseable {
        private final String task;
        private final long size;
        private ProgressBar bar;
        private boolean finished;

        Bar(String task, long size) {
            this.task = task;
            this.size = size;
        }

        @Override
        public void accept(long done) {
            if (finished) {
                return;
            }
            if (bar == null) {
                bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(size).setUnit("MiB", MIB)
                        .setStyle(ProgressBarStyle.ASCII).setConsumer(new ConsoleProgressBarConsumer(System.err, 100))
                        .setUpdateIntervalMillis(200).build();
            }
            bar.stepTo(done);
            if (done >= size) {
                close();
            }
        }

        @Override
        public void close() {
            if (bar != null && !finished) {
                bar.close();
            }
            finished = true;
        }
    }
}
