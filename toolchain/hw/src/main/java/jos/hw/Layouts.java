package jos.hw;

import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Checks a {@link Struct} declaration on HotSpot: members sorted by offset, each naturally aligned
 * (unless packed), none overlapping, any gap only alignment padding, and the declared size equal to the
 * end of the last member rounded up to the largest alignment. Not for use on the machine.
 */
public final class Layouts {
    private Layouts() {
    }

    public static void verify(Class<?> type) {
        Struct struct = type.getAnnotation(Struct.class);
        if (struct == null) throw new IllegalArgumentException(type.getName() + " is not annotated @Struct");
        record Member(String name, int offset, Field field) {
        }
        List<Member> members = new ArrayList<>();
        for (java.lang.reflect.Field f : type.getDeclaredFields()) {
            Field field = f.getAnnotation(Field.class);
            if (field == null) continue;
            int mods = f.getModifiers();
            if (!Modifier.isStatic(mods) || !Modifier.isFinal(mods) || f.getType() != int.class) {
                throw new IllegalArgumentException(type.getName() + "." + f.getName() + ": a @Field must be a static final int offset");
            }
            try {
                f.setAccessible(true);
                members.add(new Member(f.getName(), f.getInt(null), field));
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
        if (members.isEmpty()) throw new IllegalArgumentException(type.getName() + " declares no @Field");
        members.sort(Comparator.comparingInt(Member::offset));
        int end = 0, maxAlign = 1;
        for (Member m : members) {
            int align = struct.packed() ? 1 : m.field().value().bytes;
            maxAlign = Math.max(maxAlign, align);
            int expected = (end + align - 1) / align * align;
            if (m.offset() != expected) {
                throw new IllegalArgumentException(type.getName() + "." + m.name() + " is at offset " + m.offset()
                        + " but the previous member ends at " + end + (align > 1 ? " (aligned: " + expected + ")" : ""));
            }
            end = m.offset() + m.field().value().bytes * m.field().count();
        }
        int size = (end + maxAlign - 1) / maxAlign * maxAlign;
        if (size != struct.size()) {
            throw new IllegalArgumentException(type.getName() + " declares size " + struct.size() + " but its members need " + size);
        }
    }
}
