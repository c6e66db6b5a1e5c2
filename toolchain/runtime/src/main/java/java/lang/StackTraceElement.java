package java.lang;

import java.util.Objects;

public final class StackTraceElement implements java.io.Serializable {
    private final String declaringClass;
    private final String methodName;
    private final String fileName;
    private final int lineNumber;

    public StackTraceElement(String declaringClass, String methodName, String fileName, int lineNumber) {
        this.declaringClass = Objects.requireNonNull(declaringClass, "Declaring class is null");
        this.methodName = Objects.requireNonNull(methodName, "Method name is null");
        this.fileName = fileName;
        this.lineNumber = lineNumber;
    }

    public String getClassName() { return declaringClass; }
    public String getMethodName() { return methodName; }
    public String getFileName() { return fileName; }
    public int getLineNumber() { return lineNumber; }
    public boolean isNativeMethod() { return lineNumber == -2; }

    public String toString() {
        String where;
        if (isNativeMethod()) where = "Native Method";
        else if (fileName == null) where = "Unknown Source";
        else if (lineNumber >= 0) where = fileName + ":" + lineNumber;
        else where = fileName;
        String module = declaringClass.startsWith("java.") ? "java.base/" : "";
        return module + declaringClass + "." + methodName + "(" + where + ")";
    }

    public boolean equals(Object obj) {
        if (obj == this) return true;
        if (!(obj instanceof StackTraceElement e)) return false;
        return e.lineNumber == lineNumber && declaringClass.equals(e.declaringClass)
                && methodName.equals(e.methodName) && Objects.equals(fileName, e.fileName);
    }

    public int hashCode() {
        int result = 31 * declaringClass.hashCode() + methodName.hashCode();
        result = 31 * result + Objects.hashCode(fileName);
        return 31 * result + lineNumber;
    }
}
