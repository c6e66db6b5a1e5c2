// Finds a JDK 25 for the build: JAVA_HOME if it is one, else /usr/lib/jvm/*25*.
// Sets the Maven property jdk25.home on every project of the build (it runs once, in the parent),
// or fails the build saying where it looked.
def isJdk25 = { File home ->
    def release = new File(home, 'release')
    new File(home, 'bin/javac').canExecute() && release.isFile() &&
        (release.text =~ /(?m)^JAVA_VERSION="25(\.|")/).find()
}
def candidates = []
def javaHome = System.getenv('JAVA_HOME')
if (javaHome) candidates << new File(javaHome)
def jvmDir = new File('/usr/lib/jvm')
if (jvmDir.isDirectory()) {
    candidates.addAll(jvmDir.listFiles().findAll { it.name.contains('25') }.sort { it.name })
}
def found = candidates.find { isJdk25(it) }
if (found == null) {
    fail("No JDK 25 found: JAVA_HOME=${javaHome ?: '(unset)'} is not a JDK 25 and /usr/lib/jvm has no *25* JDK. " +
         "Install one (Temurin 25) or point JAVA_HOME at it.")
}
session.projects.each { it.properties.setProperty('jdk25.home', found.canonicalPath) }
log.info("JDK 25: ${found.canonicalPath}")
