/* regex_consts.c - the regular expressions minimatch, node-ignore and dockerignore use as
 * constants, compiled once per process and shared by all threads. */
#include "assets_internal.h"

static pthread_once_t g_consts_once = PTHREAD_ONCE_INIT;
static consts_t g_consts;
static int g_consts_ok;

static jsre *const_re(const char *src, const char *flags)
{
    char *e = NULL;
    jsre *re = jsre_compile(&g_consts.a, js_from_utf8(&g_consts.a, src), flags, &e);
    if (!re) {
        fprintf(stderr, "ccdk: internal regex failed: %s\n", e ? e : src);
        free(e);
        g_consts_ok = 0;
    }
    return re;
}

static const char *const IG_REPLACER_SRC[16] = {
    "^\\uFEFF",
    "((?:\\\\\\\\)*?)(\\\\?\\s+)$",
    "(\\\\+?)\\s",
    "[\\\\$.|*+(){^]",
    "(?!\\\\)\\?",
    "^\\/",
    "\\/",
    "^\\^*\\\\\\*\\\\\\*\\\\\\/",
    "^(?=[^^])",
    "\\\\\\/\\\\\\*\\\\\\*(?=\\\\\\/|$)",
    "(^|[^\\\\]+)(\\\\\\*)+(?=.+)",
    "\\\\\\\\\\\\(?=[$.|*+(){^])",
    "\\\\\\\\",
    "(\\\\)?\\[([^\\]/]*?)(\\\\*)($|\\])",
    "(?:[^*])$",
    "(\\^|\\\\\\/)?\\\\\\*$",
};
const int IG_REPLACER_GLOBAL[16] = { 0, 0, 1, 1, 1, 0, 1, 0, 0, 1, 1, 1, 1, 1, 0, 0 };

static void consts_init(void)
{
    g_consts_ok = 1;
    g_consts.star_re = const_re("^\\*+$", "");
    g_consts.star_dot_ext_re = const_re("^\\*+([^+@!?*[(]*)$", "");
    g_consts.qmarks_re = const_re("^\\?+([^+@!?*[(]*)?$", "");
    g_consts.star_dot_star_re = const_re("^\\*+\\.\\*+$", "");
    g_consts.dot_star_re = const_re("^\\.\\*+$", "");
    g_consts.brace_test = const_re("\\{(?:(?!\\{).)*\\}", "");
    g_consts.unesc1 = const_re("((?!\\\\).|^)\\[([^/\\\\])\\]", "g");
    g_consts.unesc2 = const_re("\\\\([^/])", "g");
    g_consts.ig_blank = const_re("^\\s+$", "");
    g_consts.ig_bad_trailing_bs = const_re("(?:[^\\\\]|^)\\\\$", "");
    g_consts.ig_lead_excl = const_re("^\\\\!", "");
    g_consts.ig_lead_hash = const_re("^\\\\#", "");
    g_consts.ig_invalid_path = const_re("^\\.*\\/|^\\.+$", "");
    g_consts.ig_range = const_re("([0-z])-([0-z])", "g");
    g_consts.ig_slash_not_end = const_re("\\/(?!$)", "");
    g_consts.ig_escaped_star = const_re("\\\\\\*", "g");
    g_consts.ig_trailing_slash = const_re("\\/$", "");
    for (int i = 0; i < 16; i++) g_consts.ig_rep[i] = const_re(IG_REPLACER_SRC[i], IG_REPLACER_GLOBAL[i] ? "g" : "");
    g_consts.dk_negative = const_re("^\\s*(\\!|\\/\\!)(.*)", "");
}

const consts_t *consts(void)
{
    pthread_once(&g_consts_once, consts_init);
    return g_consts_ok ? &g_consts : NULL;
}
