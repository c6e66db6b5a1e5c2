package jos.abi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The capability ABI: handles encode and decode, every kind's rights are declared rights, and abi.md's
 * "Capabilities" tables list exactly the kinds (with their rights) and the rights jos.abi declares.
 */
class CapabilityAbiTest {
    static final Pattern KIND_ROW = Pattern.compile("^\\| `Kinds\\.([A-Z_]+)` \\| (\\d+) \\| (.+) \\| ([A-Z, ]+) \\|$");
    static final Pattern RIGHT_ROW = Pattern.compile("^\\| `Rights\\.([A-Z_]+)` \\| (\\d+) \\| (.+) \\|$");

    @Test
    void handlesCarryIndexAndGenerationAndZeroIsNone() {
        for (int index : new int[] {0, 1, 77, Handle.MAX_SLOTS - 1}) {
            for (int generation : new int[] {Handle.FIRST_GENERATION, 2, 12345, Handle.LAST_GENERATION}) {
                long h = Handle.of(index, generation);
                assertTrue(Handle.wellFormed(h), index + "/" + generation);
                assertEquals(index, Handle.index(h));
                assertEquals(generation, Handle.generation(h));
                assertTrue(h > 0 && h <= 0xffff_ffffL, "32 bits: " + h);
            }
        }
        assertEquals(0xffff_ffffL, Handle.of(Handle.MAX_SLOTS - 1, Handle.LAST_GENERATION));
        for (long v : new long[] {Handle.NONE, 1, Handle.MAX_SLOTS - 1, -1, 1L << 32, Long.MIN_VALUE, Long.MAX_VALUE}) {
            assertFalse(Handle.wellFormed(v), "not a handle: " + Long.toHexString(v));
        }
        assertEquals(32, Handle.INDEX_BITS + Handle.GENERATION_BITS);
    }

    @Test
    void kindsArePartitionedAndTheirRightsDeclared() throws Exception {
        Map<String, Long> rights = rights();
        int all = 0;
        for (long r : rights.values()) {
            assertEquals(1, Long.bitCount(r), "one bit per right: " + r);
            all |= (int) r;
        }
        assertEquals(Rights.ALL, all, "ALL is every right");
        int used = 0;
        for (int k = Kinds.ENDPOINT; k <= Kinds.LAST; k++) {
            assertTrue(Kinds.isObject(k) != Kinds.isRange(k), "kind " + k + " names an object or a range");
            assertTrue(Rights.of(k) != 0 && (Rights.of(k) & ~Rights.ALL) == 0, "kind " + k + "'s rights");
            assertEquals(Kinds.isRange(k), Kinds.granule(k) > 0 && Kinds.limit(k) > 0 && Kinds.limit(k) % Kinds.granule(k) == 0);
            used |= Rights.of(k);
        }
        assertEquals(Rights.ALL, used, "every right belongs to some kind");
        assertEquals(0, Rights.of(Kinds.NONE));
        assertEquals(0, Rights.of(Kinds.LAST + 1));
        assertFalse(Kinds.isObject(Kinds.NONE) || Kinds.isRange(Kinds.NONE));
        assertEquals(0, Rights.of(Kinds.REPLY) & Rights.COPY, "a reply capability is one-shot: never copied");
    }

    /** The right constants (single bits), without ALL. */
    static Map<String, Long> rights() throws Exception {
        Map<String, Long> rights = AbiDocumentTest.constants(Rights.class);
        rights.remove("ALL");
        return rights;
    }

    /** The lines of abi.md's "## Capabilities" section. */
    static List<String> section() throws Exception {
        List<String> out = new ArrayList<>();
        boolean in = false;
        for (String line : AbiDocumentTest.abiMd()) {
            if (line.startsWith("## ")) in = line.equals("## Capabilities");
            else if (in) out.add(line);
        }
        assertFalse(out.isEmpty(), "abi.md has a \"## Capabilities\" section");
        return out;
    }

    @Test
    void abiMdListsEveryKindWithItsRightsAndEveryRight() throws Exception {
        Map<String, Long> rights = rights();
        Map<String, Long> documentedKinds = new LinkedHashMap<>(), documentedRights = new LinkedHashMap<>();
        for (String line : section()) {
            Matcher k = KIND_ROW.matcher(line);
            if (k.matches()) {
                String name = k.group(1);
                assertTrue(documentedKinds.put(name, Long.parseLong(k.group(2))) == null, "abi.md: two rows for kind " + name);
                int kind = Integer.parseInt(k.group(2));
                int listed = 0;
                for (String right : k.group(4).split(", ")) {
                    assertTrue(rights.containsKey(right), "abi.md: kind " + name + " lists right " + right + ", which jos.abi.Rights lacks");
                    listed |= rights.get(right).intValue();
                }
                assertEquals(Rights.of(kind), listed, "abi.md: kind " + name + "'s rights are Rights.of(Kinds." + name + ")");
            }
            Matcher r = RIGHT_ROW.matcher(line);
            if (r.matches()) {
                assertTrue(documentedRights.put(r.group(1), 1L << Integer.parseInt(r.group(2))) == null, "abi.md: two rows for right " + r.group(1));
            }
        }
        Map<String, Long> kinds = AbiDocumentTest.constants(Kinds.class);
        kinds.values().removeIf(v -> v <= Kinds.NONE || v > Kinds.LAST);
        kinds.remove("LAST");
        assertEquals(kinds, documentedKinds, "abi.md's kinds table (| `Kinds.NAME` | value | names | RIGHTS |) and jos.abi.Kinds");
        assertEquals(rights, documentedRights, "abi.md's rights table (| `Rights.NAME` | bit | allows |) and jos.abi.Rights");
    }
}
