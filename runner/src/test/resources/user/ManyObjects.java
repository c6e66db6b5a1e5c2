import java.util.ArrayList;
import java.util.List;

/**
 * The program of the user-memory test (QemuBootIT): far more than a megabyte of live Java objects (the
 * runtime's heap is memory the kernel maps on request, up to the program's quota).
 */
public final class ManyObjects {
    record Item(long value, String name) {
    }

    static void main() {
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < 100_000; i++) items.add(new Item(i, "item " + i));
        long sum = 0, chars = 0;
        for (Item item : items) {
            sum += item.value();
            chars += item.name().length();
        }
        System.out.println("many-objects: " + items.size() + " objects, sum " + sum + ", " + chars + " name chars");
        System.out.println("many-objects: max memory " + Runtime.getRuntime().maxMemory() / (1 << 20) + " MiB");
        System.exit(0);
    }
}
