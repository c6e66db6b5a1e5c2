/**
 * Prints its arguments and the variable CORPUS_ECHO (CorpusBootIT): what a user program's command line gives
 * main(String[]) and System.getenv, compared with HotSpot given the same words.
 */
public final class ArgsEcho {
    public static void main(String[] args) {
        System.out.println(args.length + " arguments");
        for (String a : args) System.out.println("[" + a + "]");
        System.out.println("CORPUS_ECHO=" + System.getenv("CORPUS_ECHO") + ", UNSET=" + System.getenv("UNSET"));
    }
}
