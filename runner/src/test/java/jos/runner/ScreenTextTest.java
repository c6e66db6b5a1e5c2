package jos.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.List;

import org.junit.jupiter.api.Test;

class ScreenTextTest {
    @Test
    void readsBackWhatTheFontDrew() {
        StringBuilder all = new StringBuilder();
        for (char c = 0x20; c <= 0x7e; c++) all.append(c);
        List<String> lines = List.of("[    0.001] info  cpu0  Hello World", all.substring(0, 60), all.substring(60), "", "x");
        BufferedImage img = ScreenText.draw(lines, 64, 6, 0x000000, 0xc0c0c0);
        assertEquals(List.of(lines.get(0), lines.get(1), lines.get(2), "", "x", ""), ScreenText.read(img, 0x000000));
    }

    @Test
    void everyPrintableCharacterHasItsOwnGlyph() {
        StringBuilder all = new StringBuilder();
        for (char c = 0x21; c <= 0x7e; c++) all.append(c);
        BufferedImage img = ScreenText.draw(List.of(all.toString()), all.length(), 1, 0, 0xffffff);
        assertEquals(all.toString(), ScreenText.read(img, 0).get(0));
    }

    @Test
    void aDamagedCellIsNamed() {
        BufferedImage img = ScreenText.draw(List.of("abc"), 4, 1, 0, 0xffffff);
        img.setRGB(jos.kernel.console.ConsoleFont.WIDTH + 5, 12, (img.getRGB(jos.kernel.console.ConsoleFont.WIDTH + 5, 12) & 0xffffff) == 0 ? 0xffffff : 0);
        AssertionError e = assertThrows(AssertionError.class, () -> ScreenText.read(img, 0));
        assertTrue(e.getMessage().contains("text row 0, column 1"), e.getMessage());
    }

}
