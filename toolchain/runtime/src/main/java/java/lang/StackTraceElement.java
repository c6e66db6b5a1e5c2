package java.lang;

import java.util.Objects;

/**
 * One frame of a stack trace. Frames recorded from a real stack (see Throwable) name their module
 * like HotSpot's: java.* classes are in java.base, shown without a version; the others are loaded by
 * the "app" loader, whose name is not shown.
 */
public final class StackTraceElement implements java.io.Serializable {
    private final String loaderName;
    private final String module;
    private final String version;
    private final String className;
    private final String method;
    private final String file;
    private final int line;
    private final boolean recorded; // from a real stack: built-in loader and JDK module version not shown

    public StackTraceElement(String declaringClass, String methodName, String fileName, int lineNumber) {
        this(null, null, null, declaringClass, methodName, fileName, lineNumber);
    }

    public StackTraceElement(String classLoaderName, String moduleName, String moduleVersion,
                             String declaringClass, String methodName, String fileName, int lineNumber) {
        className = Objects.requireNonNull(declaringClass, "Declaring class is null");
        method = Objects.requireNonNull(methodName, "Method name is null");
        loaderName = classLoaderName;
        module = moduleName;
        version = moduleVersion;
        file = fileName;
        line = lineNumber;
        recorded = false;
    }

    private StackTraceElement(StackTraceElement frame, String loader, String moduleName) {
        className = frame.className;
        method = frame.method;
        file = frame.file;
        line = frame.line;
        loaderName = loader;
        module = moduleName;
        version = null;
        recorded = true;
    }

    /** frame (made from a backtrace) with the loader and module HotSpot reports for its class. */
    static StackTraceElement recordedFrame(StackTraceElement frame) {
        boolean runtime = frame.className.startsWith("java.");
        return new StackTraceElement(frame, runtime ? null : "app", runtime ? "java.base" : null);
    }

    public String getFileName() { return file; }
    public int getLineNumber() { return line; }
    public String getModuleName() { return module; }
    public String getModuleVersion() { return version; }
    public String getClassLoaderName() { return loaderName; }
    public String getClassName() { return className; }
    public String getMethodName() { return method; }
    public boolean isNativeMethod() { return line == -2; }

    /** [loader/][module[@version]/]class.method(where), as the specification describes. */
    public String toString() {
        StringBuilder sb = new StringBuilder();
        boolean qualified = false;
        if (!recorded && loaderName != null && !loaderName.isEmpty()) {
            sb.append(loaderName).append('/');
            qualified = true;
        }
        if (module != null && !module.isEmpty()) {
            sb.append(module);
            if (!recorded && version != null && !version.isEmpty()) sb.append('@').append(version);
            qualified = true;
        }
        if (qualified) sb.append('/');
        sb.append(className).append('.').append(method).append('(');
        if (line == -2) sb.append("Native Method");
        else if (file == null) sb.append("Unknown Source");
        else {
            sb.append(file);
            if (line >= 0) sb.append(':').append(line);
        }
        return sb.append(')').toString();
    }

    public boolean equals(Object obj) {
        if (obj == this) return true;
        return obj instanceof StackTraceElement other
                && line == other.line
                && className.equals(other.className)
                && method.equals(other.method)
                && Objects.equals(file, other.file)
                && Objects.equals(module, other.module)
                && Objects.equals(version, other.version)
                && Objects.equals(loaderName, other.loaderName);
    }

    /** The fields in the order class, method, loader, module, version, file, line, folded base 31. */
    public int hashCode() {
        int h = className.hashCode();
        h = h * 31 + method.hashCode();
        h = h * 31 + Objects.hashCode(loaderName);
        h = h * 31 + Objects.hashCode(module);
        h = h * 31 + Objects.hashCode(version);
        h = h * 31 + Objects.hashCode(file);
        return h * 31 + line;
    }
}
