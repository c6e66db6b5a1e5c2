package jos.runner.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import jos.runner.RunnerException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConsoleDevicesTest {

    @Test
    void theCr50ApInterfaceIsChosenByItsStableName(@TempDir Path dev) throws Exception {
        Path byId = Files.createDirectories(dev.resolve("serial/by-id"));
        Path tty0 = Files.createFile(dev.resolve("ttyUSB0"));
        Path tty1 = Files.createFile(dev.resolve("ttyUSB1"));
        Files.createSymbolicLink(byId.resolve("usb-FTDI_FT232R_A1-if00-port0"), tty0);
        Files.createSymbolicLink(byId.resolve("usb-Google_Inc._Cr50_0123ABCD-if00"), tty0);
        Path ap = Files.createSymbolicLink(byId.resolve("usb-Google_Inc._Cr50_0123ABCD-if01"), tty1);
        ConsoleDevices.Choice c = ConsoleDevices.find(byId, dev.resolve("ttyUSB9"));
        assertEquals(ap, c.device());
        assertEquals(ap + " (-> " + tty1.toRealPath() + "), the SuzyQable's AP console", c.why());
    }

    @Test
    void withoutACr50TheUsualTtyUsb1IsTaken(@TempDir Path dev) throws Exception {
        Path byId = Files.createDirectories(dev.resolve("serial/by-id"));
        Files.createSymbolicLink(byId.resolve("usb-FTDI_FT232R_A1-if01-port0"), Files.createFile(dev.resolve("ttyUSB0")));
        Path tty1 = Files.createFile(dev.resolve("ttyUSB1"));
        ConsoleDevices.Choice c = ConsoleDevices.find(byId, tty1);
        assertEquals(tty1, c.device());
        assertEquals(tty1 + ": no Google Cr50/Ti50 AP console (*-if01) in " + byId + ", so the usual SuzyQable AP console",
                c.why());
    }

    @Test
    void withNeitherTheErrorSaysWhereItLookedAndWhatToDo(@TempDir Path dev) {
        RunnerException e = assertThrows(RunnerException.class,
                () -> ConsoleDevices.find(dev.resolve("serial/by-id"), dev.resolve("ttyUSB1")));
        assertEquals("no console device: " + dev.resolve("serial/by-id") + " has no Google Cr50/Ti50 AP console (*-if01)"
                + " and " + dev.resolve("ttyUSB1") + " does not exist; plug in the SuzyQable (see docs/real-hardware.md)"
                + " or name the device with --device", e.getMessage());
    }
}
