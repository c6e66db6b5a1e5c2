package jos.kernel.memory;

import java.util.ArrayList;
import java.util.List;

import jos.hw.Memory;
import jos.x86.PageTableEntry;

/** Every leaf of a page-table tree, found by reading all of it (independently of PageTables.translate). */
final class TableWalk {
    /** One present leaf: its canonical virtual address, level (3 = 1 GiB, 2 = 2 MiB, 1 = 4 KiB), entry. */
    record Leaf(long virtual, int level, long entry) {
        long physical() {
            return PageTableEntry.address(entry, level);
        }

        long size() {
            return PageTableEntry.pageSize(level);
        }
    }

    private TableWalk() {
    }

    static List<Leaf> leaves(long root) {
        List<Leaf> out = new ArrayList<>();
        walk(root, 4, 0, out);
        return out;
    }

    private static void walk(long table, int level, long virtualBase, List<Leaf> out) {
        for (int i = 0; i < 512; i++) {
            long entry = Memory.read64(Hhdm.virt(table) + 8L * i);
            if ((entry & PageTableEntry.PRESENT) == 0) continue;
            long v = virtualBase | (long) i << (12 + 9 * (level - 1));
            if (level == 4 && i >= 256) v |= 0xffff_0000_0000_0000L;
            boolean leaf = level == 1 || (level <= 3 && (entry & PageTableEntry.HUGE) != 0);
            if (leaf) {
                out.add(new Leaf(v, level, entry));
            } else {
                if (level == 4 && (entry & PageTableEntry.HUGE) != 0) throw new AssertionError("PS set in a PML4 entry");
                walk(entry & PageTableEntry.ADDRESS_MASK, level - 1, v, out);
            }
        }
    }
}
