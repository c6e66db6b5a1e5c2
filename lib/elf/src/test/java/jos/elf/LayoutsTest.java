package jos.elf;

import jos.hw.Layouts;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LayoutsTest {
    @ParameterizedTest
    @ValueSource(classes = {ElfHeader.class, ProgramHeader.class})
    void everyStructMatchesItsDeclaredLayout(Class<?> type) {
        Layouts.verify(type);
    }
}
