package jos.abi;

import jos.hw.Layouts;
import org.junit.jupiter.api.Test;

class FaultRecordTest {
    @Test
    void theRecordIsFourNaturallyAlignedWords() {
        Layouts.verify(FaultRecord.class);
    }
}
