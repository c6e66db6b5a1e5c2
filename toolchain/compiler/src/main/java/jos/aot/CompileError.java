package jos.aot;

/**
 * A program the compiler cannot translate faithfully. The message names the class, method, bytecode
 * index and source line of the construct, so the user can find it; nothing is ever miscompiled instead.
 */
public final class CompileError extends RuntimeException {
    public CompileError(String message) {
        super(message);
    }

    /** An error located at a bytecode instruction. */
    public static CompileError at(String className, String methodName, String descriptor,
                                  String sourceFile, int bci, int line, String message) {
        String where = className.replace('/', '.') + "." + methodName + descriptor
                + " (" + (sourceFile == null ? "unknown source" : sourceFile)
                + (line > 0 ? ":" + line : "") + ", bytecode index " + bci + ")";
        return new CompileError(message + "\n    at " + where);
    }
}
