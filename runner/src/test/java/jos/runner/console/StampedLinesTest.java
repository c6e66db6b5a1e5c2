package jos.runner.console;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class StampedLinesTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-08T03:04:05.006Z"), ZoneOffset.UTC);

    private static String feed(StampedLines lines, String bytes) {
        byte[] b = bytes.getBytes(StandardCharsets.ISO_8859_1);
        return new String(lines.feed(b, b.length), StandardCharsets.ISO_8859_1);
    }

    @Test
    void eachLineIsStampedWhenItsFirstByteArrivesAndCrIsDropped() {
        StampedLines lines = new StampedLines(CLOCK, "\r\n");
        assertEquals("[03:04:05.006] Hel", feed(lines, "Hel"));
        assertEquals("lo\r\n[03:04:05.006] \u001b[1mx\u001b[0m\r\n", feed(lines, "lo\r\n\u001b[1mx\u001b[0m\r\n"));
        assertEquals("", feed(lines, "\r"));
        assertEquals("[03:04:05.006] \r\n", feed(lines, "\n"));
    }

    @Test
    void aMessageEndsThePartialLineFirst() {
        StampedLines lines = new StampedLines(CLOCK, "\n");
        assertEquals("[03:04:05.006] login: ", feed(lines, "login: "));
        assertEquals("\nconsole: gone\n", new String(lines.message("gone"), StandardCharsets.UTF_8));
        assertEquals("console: again\n", new String(lines.message("again"), StandardCharsets.UTF_8));
        assertEquals("[03:04:05.006] y", feed(lines, "y"));
    }
}
