/*
 * A user program's command line (abi.md, "Programs"): the bytes spawn copied to the top of its stack,
 * split on spaces into words. Leading words of the form NAME=value are its environment (as `env NAME=value
 * program` takes them); the words after them are main's arguments. Pure C over caller-provided memory, so
 * UserCommandLineTest runs it on the host.
 */
#include "../jrt.h"

/* NAME=value: a name of letters, digits and '_' not starting with a digit, then '='. */
static int is_assignment(const char *w) {
    int32_t i = 0;
    for (; w[i] && w[i] != '='; i++) {
        char c = w[i];
        int letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
        if (!letter && !(i > 0 && c >= '0' && c <= '9')) return 0;
    }
    return i > 0 && w[i] == '=';
}

int32_t jrt_command_line_split(const char *line, int64_t len, char *text, char **words, int32_t *environment_words) {
    int32_t n = 0;
    int64_t at = 0;
    for (int64_t i = 0; i < len;) {
        while (i < len && line[i] == ' ') i++;
        if (i == len) break;
        words[n++] = text + at;
        while (i < len && line[i] != ' ') text[at++] = line[i++];
        text[at++] = 0;
    }
    int32_t e = 0;
    while (e < n && is_assignment(words[e])) e++;
    *environment_words = e;
    return n;
}

int64_t jrt_command_line_lookup(char *const *environment, int32_t count, const char *name, int64_t name_len,
                                char *out, int64_t cap) {
    int64_t found = -1;
    for (int64_t i = 0; i < name_len; i++) if (name[i] == '=' || name[i] == 0) return -1;
    for (int32_t k = 0; k < count; k++) {   /* the last assignment of a name wins, as with env */
        const char *w = environment[k];
        int64_t i = 0;
        while (i < name_len && w[i] != 0 && w[i] == name[i]) i++;
        if (i == name_len && w[i] == '=') found = k;
    }
    if (found < 0) return -1;
    const char *value = environment[found] + name_len + 1;
    int64_t n = 0;
    while (value[n]) n++;
    for (int64_t i = 0; i < n && i < cap; i++) out[i] = value[i];
    return n;
}
