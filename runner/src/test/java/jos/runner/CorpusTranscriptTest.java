package jos.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** CorpusBootIT's reading of the serial log: markers, CorpusStreams' records (cut ones too), raw lines. */
class CorpusTranscriptTest {
    private static List<SerialLine> serial(String... lines) {
        List<SerialLine> out = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) out.add(new SerialLine(lines[i], Duration.ofMillis(10L * i)));
        return out;
    }

    private static String text(byte[] b) {
        return new String(b, StandardCharsets.UTF_8);
    }

    @Test
    void recordsBetweenTheMarkersAreEachProgramsBytes() {
        Map<String, Duration> took = new LinkedHashMap<>();
        Map<String, CorpusBootIT.Run> runs = CorpusBootIT.runs(serial(
                "user: corpus-run: begin 0",
                "[   1.000000] I cpu 0: process: something the kernel says",
                "user: =oh~c3~a9llo~0a|",
                "user: =eException in thread \"main\" x~7c~7e~0a|",
                "user: =ono newline at the end|",
                "user: corpus-run: end 0 exit 1",
                "user: corpus-run: begin 1",
                "user: =oa record a kernel",
                "\u001b[37m[   2.000000] I cpu 0: timer: a record in between\u001b[0m",
                "user:  line cut|",
                "user: jos runtime: fatal: out of memory",
                "user: corpus-run: end 1 timeout"), List.of("A", "B"), took, "");
        assertEquals("héllo\nno newline at the end", text(runs.get("A").stdout()));
        assertEquals("Exception in thread \"main\" x|~\n", text(runs.get("A").stderr()));
        assertEquals("exit 1", runs.get("A").exit());
        assertEquals("a record a kernel line cut", text(runs.get("B").stdout()));
        assertEquals("jos runtime: fatal: out of memory", runs.get("B").firstStderrLine());
        assertEquals("timeout", runs.get("B").exit());
        assertEquals(Duration.ofMillis(50), took.get("A"));
    }

    @Test
    void aMarkerInsideAnOpenRecordIsData() {
        Map<String, CorpusBootIT.Run> runs = CorpusBootIT.runs(serial("user: corpus-run: begin 0", "user: =ox", "user: corpus-run: end 0 exit 0|",
                "user: corpus-run: end 0 exit 0"), List.of("A"), new LinkedHashMap<>(), "");
        assertEquals("xcorpus-run: end 0 exit 0", text(runs.get("A").stdout()));
    }

    @Test
    void aProgramWithoutItsEndFails() {
        assertThrows(AssertionError.class, () -> CorpusBootIT.runs(serial("user: corpus-run: begin 0", "user: =ox|"), List.of("A"),
                new LinkedHashMap<>(), ""));
    }
}
