package jos.runner.console;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import jos.runner.RunnerException;

/**
 * Finds the serial console of a Chromebook on a SuzyQable when no {@code --device} is given. The cable
 * is the Chromebook's security chip (Cr50 or Ti50, USB vendor "Google") which offers several serial
 * interfaces; the AP (main CPU) console is interface 1, usually {@code /dev/ttyUSB1}. Its
 * {@code /dev/serial/by-id} name is preferred: it survives re-plugging in another order.
 */
public final class ConsoleDevices {

    public static final Path BY_ID = Path.of("/dev/serial/by-id");
    public static final Path FALLBACK = Path.of("/dev/ttyUSB1");
    private static final Pattern AP_CONSOLE = Pattern.compile("(?i).*google.*(cr50|ti50|gsc).*-if01.*");

    /** The chosen device and a sentence saying why it was chosen. */
    public record Choice(Path device, String why) {
    }

    private ConsoleDevices() {
    }

    public static Choice find(Path byId, Path fallback) {
        List<Path> matches = List.of();
        if (Files.isDirectory(byId)) {
            try (Stream<Path> entries = Files.list(byId)) {
                matches = entries.filter(p -> AP_CONSOLE.matcher(p.getFileName().toString()).matches()).sorted().toList();
            } catch (IOException e) {
                throw new RunnerException("cannot list " + byId + ": " + e.getMessage());
            }
        }
        if (!matches.isEmpty()) {
            Path chosen = matches.getFirst();
            String target = resolved(chosen);
            String others = matches.size() > 1 ? " (the first of " + matches.size() + " SuzyQables)" : "";
            return new Choice(chosen, chosen + target + ", the SuzyQable's AP console" + others);
        }
        if (Files.exists(fallback)) {
            return new Choice(fallback, fallback + ": no Google Cr50/Ti50 AP console (*-if01) in " + byId
                    + ", so the usual SuzyQable AP console");
        }
        throw new RunnerException("no console device: " + byId + " has no Google Cr50/Ti50 AP console (*-if01) and "
                + fallback + " does not exist; plug in the SuzyQable (see docs/real-hardware.md) or name the device"
                + " with --device");
    }

    private static String resolved(Path link) {
        try {
            return " (-> " + link.toRealPath() + ")";
        } catch (IOException e) {
            return "";
        }
    }
}
