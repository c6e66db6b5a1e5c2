package jos.aot.cgen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Native traces: the C of one Java line stays on one C line, so gcc's line table holds Java lines. */
class JavaLinesTest {
    @Test
    void joinsStatementsBetweenLineDirectives() {
        String c = "#line 5 \"A.java\"\nint f(int p0) {\n    int l0 = 0;\n    l0 = p0;\n#line 6 \"A.java\"\n    return g(l0);\nUNWIND:\n    return 0;\n}\n";
        assertEquals("#line 5 \"A.java\"\nint f(int p0) { int l0 = 0; l0 = p0;\n#line 6 \"A.java\"\nreturn g(l0); UNWIND: return 0; }\n",
                MethodTranslator.oneLinePerJavaLine(c));
    }

    @Test
    void directivesBackToBackStayOnTheirOwnLines() {
        assertEquals("#line 1 \"A.java\"\n#line 2 \"A.java\"\nx();\n", MethodTranslator.oneLinePerJavaLine("#line 1 \"A.java\"\n#line 2 \"A.java\"\nx();"));
    }
}
