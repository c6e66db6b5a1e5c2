/* System-property facts for the targets with no operating system below them (kernel, loader, user):
 * only what holds for every jos program. The hosted target asks Linux instead (hosted/platform.c). */
#include "../jrt.h"

int64_t jrt_platform_fact(int32_t what, char *out, int64_t cap) {
    switch (what) {
    case JRT_FACT_OS_NAME:
        if (cap >= 3) memcpy(out, "jos", 3);
        return 3;
    case JRT_FACT_OS_ARCH:
        if (cap >= 5) memcpy(out, "amd64", 5);
        return 5;
    default:
        return -1;
    }
}

#ifndef JRT_COMMAND_LINE_ENVIRONMENT   /* user programs have one: user/platform.c */
int64_t jrt_getenv(const char *name, int64_t name_len, char *out, int64_t cap) {
    (void)name, (void)name_len, (void)out, (void)cap;
    return -1;
}
#endif

