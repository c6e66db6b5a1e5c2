import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * System.out and System.err of the corpus run as a user program (CorpusBootIT): both reach the serial log
 * through debug_write, which keeps only printable ASCII and cuts long lines, so each write becomes whole
 * records of printable ASCII the host decodes byte for byte: a line {@code =o<data>|} (stdout) or
 * {@code =e<data>|} (stderr) of at most {@link #RECORD_CHARS} characters, where a byte outside 0x20-0x7e and
 * the characters {@code ~} and {@code |} are written {@code ~} and two lowercase hex digits. Each write
 * ends its records, so nothing is held back when the program exits. Test code: it is compiled into the
 * corpus ELF only, so the programs print exactly what they print on hosted.
 */
public final class CorpusStreams extends OutputStream {
    /** Characters of one record line, well below a console line's text (250). */
    static final int RECORD_CHARS = 200;
    private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

    private final PrintStream sink;
    private final byte tag;

    private CorpusStreams(PrintStream sink, char tag) {
        this.sink = sink;
        this.tag = (byte) tag;
    }

    /** Replaces System.out and System.err; both write their records through the original System.out. */
    public static void install() {
        PrintStream raw = System.out;
        System.setOut(new PrintStream(new CorpusStreams(raw, 'o'), false, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(new CorpusStreams(raw, 'e'), true, StandardCharsets.UTF_8));
    }

    @Override
    public void write(int b) {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) {
        if (len <= 0) return;
        byte[] line = new byte[RECORD_CHARS + 1];
        int n = 0;
        for (int i = off; i < off + len; i++) {
            if (n == 0) {
                line[n++] = '=';
                line[n++] = tag;
            }
            int c = b[i] & 0xff;
            if (c >= 0x20 && c < 0x7f && c != '~' && c != '|') {
                line[n++] = (byte) c;
            } else {
                line[n++] = '~';
                line[n++] = HEX[c >> 4];
                line[n++] = HEX[c & 15];
            }
            if (n >= RECORD_CHARS - 4) {
                n = end(line, n);
            }
        }
        if (n > 0) end(line, n);
    }

    private int end(byte[] line, int n) {
        line[n++] = '|';
        line[n++] = '\n';
        sink.write(line, 0, n);
        return 0;
    }

    @Override
    public void flush() {
        sink.flush();
    }
}
