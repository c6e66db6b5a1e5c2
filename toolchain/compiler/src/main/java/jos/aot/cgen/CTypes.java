package jos.aot.cgen;

import java.util.ArrayList;
import java.util.List;

/** Java types in C. Sub-int values travel as int32_t; fields and array elements keep their width. */
public final class CTypes {
    private CTypes() {}

    /** The stack/local kind of a descriptor: i, l, f, d or a (v for void). */
    public static char kind(String desc) {
        return switch (desc.charAt(0)) {
            case 'Z', 'B', 'C', 'S', 'I' -> 'i';
            case 'J' -> 'l';
            case 'F' -> 'f';
            case 'D' -> 'd';
            case 'V' -> 'v';
            default -> 'a';
        };
    }

    /** The C type of a value of this kind (parameters, returns, locals, stack). */
    public static String ofKind(char kind) {
        return switch (kind) {
            case 'i' -> "int32_t";
            case 'l' -> "int64_t";
            case 'f' -> "float";
            case 'd' -> "double";
            case 'v' -> "void";
            default -> "jobject";
        };
    }

    /** The C type of a field or array element with this descriptor. */
    public static String storage(String desc) {
        return switch (desc.charAt(0)) {
            case 'Z', 'B' -> "int8_t";
            case 'C' -> "uint16_t";
            case 'S' -> "int16_t";
            case 'I' -> "int32_t";
            case 'J' -> "int64_t";
            case 'F' -> "float";
            case 'D' -> "double";
            default -> "jobject";
        };
    }

    public static List<String> parameters(String methodDesc) {
        List<String> out = new ArrayList<>();
        String params = methodDesc.substring(1, methodDesc.indexOf(')'));
        for (int i = 0; i < params.length(); ) {
            int end = Names.typeEnd(params, i);
            out.add(params.substring(i, end));
            i = end;
        }
        return out;
    }

    public static String returnType(String methodDesc) {
        return methodDesc.substring(methodDesc.indexOf(')') + 1);
    }

    /** C prototype parameter list for a method (with "jobject self" first for instance methods). */
    public static String prototypeParams(String methodDesc, boolean isStatic, boolean named) {
        List<String> ps = new ArrayList<>();
        if (!isStatic) ps.add(named ? "jobject p0" : "jobject");
        int i = isStatic ? 0 : 1;
        for (String p : parameters(methodDesc)) {
            ps.add(ofKind(kind(p)) + (named ? " p" + i : ""));
            i++;
        }
        return ps.isEmpty() ? "void" : String.join(", ", ps);
    }

    /** A C function pointer type for a method descriptor. */
    public static String functionPointer(String methodDesc, boolean isStatic) {
        return ofKind(kind(returnType(methodDesc))) + " (*)(" + prototypeParams(methodDesc, isStatic, false) + ")";
    }
}
