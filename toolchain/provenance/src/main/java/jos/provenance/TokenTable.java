package jos.provenance;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Interns token texts as small integers, so sources compare as int arrays. Not thread-safe. */
public final class TokenTable {
    private final Map<String, Integer> ids = new HashMap<>();
    private final List<String> texts = new ArrayList<>();

    public int id(String token) {
        Integer id = ids.get(token);
        if (id != null) return id;
        texts.add(token);
        int fresh = texts.size(); // 0 is CodeTokens.END
        ids.put(token, fresh);
        return fresh;
    }

    /** The text of a token id; {@code <end>} for {@link CodeTokens#END}. */
    public String text(int id) {
        return id == CodeTokens.END ? "<end>" : texts.get(id - 1);
    }
}
