package corpus;

import java.util.*;
import java.util.stream.*;

public class StringJoinerOps {
    public static void main(String[] args) {
        StringJoiner j = new StringJoiner(", ", "{", "}");
        System.out.println(j + " " + j.length());
        j.setEmptyValue("EMPTY");
        System.out.println(j);
        j.add("a").add("b").add("");
        System.out.println(j + " " + j.length());
        StringJoiner k = new StringJoiner("-");
        k.add("x").add("y");
        j.merge(k);
        System.out.println(j);
        StringJoiner plain = new StringJoiner("|");
        for (int i = 0; i < 5; i++) plain.add(Integer.toString(i * i));
        System.out.println(plain);
        System.out.println(String.join("::", List.of("one", "two", "three")) + " " + String.join("", "no", "sep") + " [" + String.join(",", List.of()) + "]");
        System.out.println(Stream.of("p", "q", "r").collect(Collectors.joining()) + " " + Stream.of("p", "q").collect(Collectors.joining("/", "<", ">")) + " " + Stream.<String>empty().collect(Collectors.joining(",", "[", "]")));
        List<String> withNull = new ArrayList<>();
        withNull.add("a");
        withNull.add(null);
        System.out.println(String.join(",", withNull));
        StringJoiner nested = new StringJoiner(" & ", "(", ")");
        nested.add(new StringJoiner(",", "[", "]").add("1").add("2").toString());
        nested.add("z");
        System.out.println(nested);
    }
}
