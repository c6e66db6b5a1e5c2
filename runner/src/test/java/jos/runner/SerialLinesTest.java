package jos.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SerialLinesTest {

    private static List<String> split(String... chunks) {
        List<String> lines = new ArrayList<>();
        SerialLines splitter = new SerialLines(lines::add);
        for (String chunk : chunks) {
            byte[] bytes = chunk.getBytes(StandardCharsets.ISO_8859_1);
            splitter.feed(bytes, 0, bytes.length);
        }
        splitter.finish();
        return lines;
    }

    @Test
    void linesEndWithNewline() {
        assertEquals(List.of("Hello World", "limine: cpus 1"), split("Hello World\nlimine: cpus 1\n"));
    }

    @Test
    void linesMayArriveInPieces() {
        assertEquals(List.of("Hello World", "kernel: halting"), split("Hel", "lo World\nkernel: ", "halting\n"));
    }

    @Test
    void carriageReturnsFromFirmwareDoNotStickToTheKernelsLines() {
        assertEquals(List.of("  Booting `jos'", "", "Hello World", "x"),
                split("  Booting `jos'\r\n\r\n\rHello World\n", "x\r\n"));
    }

    @Test
    void textAfterTheLastCarriageReturnWins() {
        assertEquals(List.of("new"), split("old\rnew\n"));
    }

    @Test
    void anUnterminatedLastLineIsKept() {
        assertEquals(List.of("a", "tail"), split("a\ntail"));
    }

    @Test
    void bytesAreCounted() {
        SerialLines splitter = new SerialLines(l -> { });
        splitter.feed(new byte[] {'a', '\n', 'b'}, 0, 3);
        assertEquals(3, splitter.bytes());
    }
}
