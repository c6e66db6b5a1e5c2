package jos.runner;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import javax.imageio.ImageIO;

/**
 * QEMU's human monitor on a UNIX socket ({@code -monitor unix:PATH,server,nowait}): one command at a
 * time, each answered when the next {@code (qemu)} prompt arrives. Used for screenshots of the
 * framebuffer ({@code screendump}, a PPM that is converted to PNG).
 */
public final class QemuMonitor implements AutoCloseable {
    private static final String PROMPT = "(qemu) ";
    private final SocketChannel channel;

    private QemuMonitor(SocketChannel channel) {
        this.channel = channel;
    }

    /** The QEMU arguments that open the monitor on socket. */
    public static List<String> arguments(Path socket) {
        return List.of("-monitor", "unix:" + socket + ",server,nowait");
    }

    /** Connects, retrying until QEMU has created the socket or timeout has passed. */
    public static QemuMonitor connect(Path socket, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        IOException last = null;
        while (System.nanoTime() < deadline) {
            try {
                SocketChannel ch = SocketChannel.open(StandardProtocolFamily.UNIX);
                ch.connect(UnixDomainSocketAddress.of(socket));
                QemuMonitor m = new QemuMonitor(ch);
                m.readUntilPrompt(deadline);
                return m;
            } catch (IOException e) {
                last = e;
                sleep(100);
            }
        }
        throw new RunnerException("cannot reach the QEMU monitor at " + socket + (last == null ? "" : ": " + last.getMessage()));
    }

    /** Sends one command and returns what QEMU answered before its next prompt. */
    public String command(String line, Duration timeout) {
        try {
            channel.write(ByteBuffer.wrap((line + "\n").getBytes(StandardCharsets.UTF_8)));
            return readUntilPrompt(System.nanoTime() + timeout.toNanos());
        } catch (IOException e) {
            throw new RunnerException("QEMU monitor command '" + line + "' failed: " + e.getMessage());
        }
    }

    /** Saves the display as a PNG at png (through a PPM next to it). */
    public Path screenshot(Path png, Duration timeout) {
        Path ppm = png.resolveSibling(png.getFileName() + ".ppm");
        try {
            Files.deleteIfExists(ppm);
            command("screendump " + ppm, timeout);
            BufferedImage image = Ppm.read(ppm);
            if (!ImageIO.write(image, "png", png.toFile())) throw new RunnerException("no PNG writer in this JDK");
            Files.deleteIfExists(ppm);
            return png;
        } catch (IOException e) {
            throw new RunnerException("screenshot to " + png + " failed: " + e.getMessage());
        }
    }

    private String readUntilPrompt(long deadline) throws IOException {
        StringBuilder text = new StringBuilder();
        ByteBuffer buf = ByteBuffer.allocate(4096);
        channel.configureBlocking(false);
        while (!text.toString().endsWith(PROMPT)) {
            if (System.nanoTime() > deadline) throw new IOException("no monitor prompt; got: " + text);
            buf.clear();
            int n = channel.read(buf);
            if (n < 0) throw new IOException("the monitor closed; got: " + text);
            if (n == 0) {
                sleep(20);
                continue;
            }
            text.append(new String(buf.array(), 0, n, StandardCharsets.ISO_8859_1));
        }
        return text.substring(0, text.length() - PROMPT.length());
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RunnerException("interrupted");
        }
    }

    @Override
    public void close() {
        try {
            channel.close();
        } catch (IOException ignored) {
            // closing a local socket: nothing to recover
        }
    }
}
