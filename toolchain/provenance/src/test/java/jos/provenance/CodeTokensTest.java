package jos.provenance;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class CodeTokensTest {
    private static List<String> texts(String source) {
        TokenTable table = new TokenTable();
        List<String> out = new ArrayList<>();
        for (int id : CodeTokens.of(source, table).ids()) out.add(table.text(id));
        return out;
    }

    @Test
    void keepsBodiesAndDropsDeclarationsCommentsAndWhitespace() {
        String source = """
                package p;
                /** doc */
                public final class A<T> extends B implements C {
                    private static final int[] TABLE = {1, 2, 3};
                    private int x = 4; // field
                    public int get(int y) throws E, F {
                        return x /* inline */ + y;
                    }
                    static { x = 1; }
                }
                """;
        assertEquals(List.of("{", "return", "x", "+", "y", ";", "}", "<end>", "{", "x", "=", "1", ";", "}", "<end>"),
                texts(source));
    }

    @Test
    void nestedTypesLambdasAndAnonymousClassesInInitialisers() {
        String source = """
                interface I {
                    default int f() { return 1; }
                    int g();
                    class Inner { void h() { run(() -> { go(); }); } }
                    Runnable R = () -> { stop(); };
                }
                """;
        assertEquals(List.of("{", "return", "1", ";", "}", "<end>",
                "{", "run", "(", "(", ")", "->", "{", "go", "(", ")", ";", "}", ")", ";", "}", "<end>",
                "{", "stop", "(", ")", ";", "}", "<end>"), texts(source));
    }

    @Test
    void literalsAndOperators() {
        String source = """
                class A { void f() { s = "a\\"b" + 'c' + 0X1F_FFL + 1.5e-3 + \"""
                    text\"""; i >>>= 2; g(a -> a::b); } }
                """;
        assertEquals(List.of("{", "s", "=", "\"a\\\"b\"", "+", "'c'", "+", "0x1fffl", "+", "1.5e-3", "+",
                "\"\"\"\n    text\"\"\"", ";", "i", ">>>=", "2", ";", "g", "(", "a", "->", "a", "::", "b", ")",
                ";", "}", "<end>"), texts(source));
    }

    @Test
    void linesFollowTheSource() {
        String source = "class A {\n  void f() {\n    a();\n    /* x\n y */ b();\n  }\n}\n";
        CodeTokens tokens = CodeTokens.of(source, new TokenTable());
        assertArrayEquals(new int[] {2, 3, 3, 3, 3, 5, 5, 5, 5, 6, 6}, tokens.lines());
    }
}
