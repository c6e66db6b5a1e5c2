package corpus;

public class TextBlocks {
    public static void main(String[] args) {
        String json = """
            {
              "name": "jos",
              "version": 1,
              "tags": ["os", "java"]
            }
            """;
        System.out.print(json);
        System.out.println(json.length() + " " + json.lines().count());
        String noTrailingNewline = """
            line one
            line two""";
        System.out.println("[" + noTrailingNewline + "]");
        String escapes = """
            tab:\there
            quote: \""" triple
            backslash: \\
            joined \
            continues
            trailing space:\s
            unicode: \u00e9
            """;
        System.out.print(escapes);
        String indented = """
                deeper
              shallow
            """;
        System.out.print(indented.replace(' ', '.'));
        String formatted = """
            Hello, %s! You are %d.
            """.formatted("world", 30);
        System.out.print(formatted);
        String empty = """
            """;
        System.out.println("empty=[" + empty + "] " + empty.isEmpty());
        String html = """
            <p>
                text
            </p>""";
        for (String line : html.split("\n")) System.out.println(line.length() + ":" + line);
        System.out.println("abc\r\ndef".lines().count() + " " + "  x  ".strip() + "|" + " a\n  b".stripIndent().replace("\n", "/"));
        System.out.println("\\n literal".translateEscapes().length() + " " + "a\\tb".translateEscapes());
    }
}
