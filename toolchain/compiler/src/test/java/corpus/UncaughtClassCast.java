package corpus;

import java.util.ArrayList;
import java.util.List;

public class UncaughtClassCast {
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static void main(String[] args) {
        List raw = new ArrayList();
        raw.add("one");
        raw.add("two");
        raw.add(3);
        List<String> strings = raw;
        for (int i = 0; i < strings.size(); i++) {
            String s = strings.get(i);
            System.out.println(i + ": " + s.toUpperCase());
        }
    }
}
