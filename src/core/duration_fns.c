/* duration_fns.c - the rest of core's Duration (aws-cdk-lib/core/lib/duration.js) as values: the
 * conversions with the integral option, toIsoString, toHumanString, toString, unitLabel,
 * formatTokenToNumber, Duration.parse, plus and minus; and of Size (size.js): bytes, tebibytes,
 * pebibytes and the conversions with a rounding behaviour. aws-cdk-lib throws its errors from these;
 * here they are recorded on the owner (any construct of the App), as every other error of ccdk. */
#include <math.h>
#include <string.h>

#include "cfn.h"

static const ccdk_time_unit all_units[] = {CCDK_TIME_DAYS, CCDK_TIME_HOURS, CCDK_TIME_MINUTES, CCDK_TIME_SECONDS};

double ccdk_duration_to(void *owner, ccdk_duration d, ccdk_time_unit to, ccdk_tristate integral)
{
    ccdk__node *n = ccdk__scope_(owner, __func__);
    if (!CCDK__ENUM_OK(n, to, ccdk_time_unit, CCDK_TIME_UNSET, CCDK_TIME_DAYS, "Duration unit"))
        return NAN;
    if (to == CCDK_TIME_UNSET) {
        ccdk__error(n, "ccdk_duration_to: the unit to convert to is CCDK_TIME_UNSET");
        return NAN;
    }
    if (!ccdk_duration_is_set(d))
        return 0;
    int ok = 1;
    double v = ccdk__duration_convert(n, d, to, integral.ccdk_tristate_value_ != 2, &ok);
    return ok && !d.token ? v : NAN;
}

/* components(combineMillisWithSeconds): the whole days, hours, minutes and seconds (the seconds with
 * their fraction when combined), then what is left in milliseconds when more than 1e-4 */
static size_t components(ccdk__node *n, ccdk_duration d, int combine, double *amounts, ccdk_time_unit *units, int *ok)
{
    double millis = ccdk__duration_convert(n, d, CCDK_TIME_MILLIS, 0, ok);
    size_t k = 0;
    if (!*ok)
        return 0;
    for (size_t i = 0; i < sizeof all_units / sizeof *all_units; i++) {
        double in = ccdk__time_unit_ms(all_units[i]);
        double count = millis / in;
        double whole = all_units[i] == CCDK_TIME_SECONDS && combine ? count : floor(count);
        if (whole > 0) {
            amounts[k] = whole;
            units[k++] = all_units[i];
            millis -= whole * in;
        }
    }
    if (millis > 1e-4) {
        amounts[k] = millis;
        units[k++] = CCDK_TIME_MILLIS;
    }
    return k;
}

static const char *iso_label(ccdk_time_unit u)
{
    switch (u) {
    case CCDK_TIME_SECONDS: return "S";
    case CCDK_TIME_MINUTES: return "M";
    case CCDK_TIME_HOURS: return "H";
    case CCDK_TIME_DAYS: return "D";
    default: return "";
    }
}

const char *ccdk_duration_to_iso_string(void *owner, ccdk_duration d)
{
    ccdk__node *n = ccdk__scope_(owner, __func__);
    if (!ccdk__duration_check(n, d) || !ccdk_duration_is_set(d))
        return NULL;
    if (!d.token && d.amount == 0)
        return "PT0S";
    double amounts[5];
    ccdk_time_unit units[5];
    int ok = 1;
    size_t k = components(n, d, 1, amounts, units, &ok);
    if (!ok)
        return NULL;
    ccdk__buf b = {0};
    ccdk__buf_putc(&b, 'P');
    int tee = 0;
    for (size_t i = 0; i < k; i++) {
        if (!tee && (units[i] == CCDK_TIME_SECONDS || units[i] == CCDK_TIME_MINUTES || units[i] == CCDK_TIME_HOURS)) {
            ccdk__buf_putc(&b, 'T');
            tee = 1;
        }
        ccdk__buf_puts(&b, ccdk__num_string(n->app, amounts[i]));
        ccdk__buf_puts(&b, iso_label(units[i]));
    }
    const char *r = ccdk__strndup(n->app, b.data, b.len);
    ccdk__buf_free(&b);
    return r;
}

/* fmtUnit: "1 hour" (the label without its "s"), "2 hours" */
static void fmt_unit(ccdk__buf *b, ccdk_app *app, double amount, ccdk_time_unit u)
{
    const char *label = ccdk__time_unit_label(u);
    ccdk__buf_puts(b, ccdk__num_string(app, amount));
    ccdk__buf_putc(b, ' ');
    ccdk__buf_put(b, label, strlen(label) - (amount == 1));
}

const char *ccdk_duration_to_human_string(void *owner, ccdk_duration d)
{
    ccdk__node *n = ccdk__scope_(owner, __func__);
    if (!ccdk__duration_check(n, d) || !ccdk_duration_is_set(d))
        return NULL;
    ccdk__buf b = {0};
    if (!d.token && d.amount == 0) {
        fmt_unit(&b, n->app, 0, d.unit);
    } else if (d.token) {
        ccdk__buf_puts(&b, "<token> ");
        ccdk__buf_puts(&b, ccdk__time_unit_label(d.unit));
    } else {
        double amounts[5];
        ccdk_time_unit units[5];
        int ok = 1;
        size_t k = components(n, d, 0, amounts, units, &ok);
        for (size_t i = 0; i < k && i < 2; i++) {
            if (i)
                ccdk__buf_putc(&b, ' ');
            fmt_unit(&b, n->app, amounts[i], units[i]);
        }
    }
    const char *r = ccdk__strndup(n->app, b.data ? b.data : "", b.len);
    ccdk__buf_free(&b);
    return r;
}

const char *ccdk_duration_unit_label(ccdk_duration d)
{
    return d.unit > CCDK_TIME_UNSET && d.unit <= CCDK_TIME_DAYS ? ccdk__time_unit_label(d.unit) : NULL;
}

const char *ccdk_duration_to_string(void *owner, ccdk_duration d)
{
    ccdk__node *n = ccdk__scope_(owner, __func__);
    if (!ccdk__duration_check(n, d) || !ccdk_duration_is_set(d))
        return NULL;
    /* `Duration.${label}(${amount})`: a token amount as the token's string */
    return ccdk__sprintf(n->app, "Duration.%s(%s)", ccdk__time_unit_label(d.unit),
                         d.token ? d.token : ccdk__num_string(n->app, d.amount));
}

const char *ccdk_duration_format_token_to_number(void *owner, ccdk_duration d)
{
    ccdk__node *n = ccdk__scope_(owner, __func__);
    if (!ccdk__duration_check(n, d) || !ccdk_duration_is_set(d))
        return NULL;
    return ccdk__sprintf(n->app, "%s %s", d.token ? d.token : ccdk__num_string(n->app, d.amount),
                         ccdk__time_unit_label(d.unit));
}

/* the number the digits from s to e spell */
static double digits_value(const char *s, const char *e)
{
    double v = 0;
    for (; s < e; s++)
        v = v * 10 + (*s - '0');
    return v;
}

/* the digits at *p (none: NULL); *p moves past them */
static const char *digits(const char **p, size_t max)
{
    const char *s = *p;
    size_t k = 0;
    while (s[k] >= '0' && s[k] <= '9' && k < max)
        k++;
    if (!k)
        return NULL;
    *p = s + k;
    return s;
}

ccdk_duration ccdk_duration_parse(void *owner, const char *iso)
{
    ccdk__node *n = ccdk__scope_(owner, __func__);
    if (!ccdk__arg_ok(iso, __func__, "iso"))
        return (ccdk_duration){0};
    /* ^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)\.?(\d{1,3})?S)?)?$ */
    const char *p = iso;
    double parts[4] = {0}; /* days, hours, minutes, seconds */
    double ms = 0;
    int any = 0, ok = *p++ == 'P';
    const char *q = p, *g;
    if (ok && (g = digits(&q, (size_t)-1)) && *q == 'D') {
        parts[0] = digits_value(g, q);
        any = 1;
        p = q + 1;
    }
    if (ok && *p == 'T') {
        p++;
        static const char marks[] = {'H', 'M'};
        for (int i = 0; i < 2; i++) {
            q = p;
            if ((g = digits(&q, (size_t)-1)) && *q == marks[i]) {
                parts[1 + i] = digits_value(g, q);
                any = 1;
                p = q + 1;
            }
        }
        q = p;
        if ((g = digits(&q, (size_t)-1))) {
            const char *r = q, *g_end = q;
            if (*r == '.')
                r++;
            const char *f = r;
            const char *m = digits(&r, 3);
            if (*r == 'S') {
                parts[3] = digits_value(g, g_end);
                if (m) /* padEnd(3, "0") */
                    ms = digits_value(m, r) * (r - f == 1 ? 100 : r - f == 2 ? 10 : 1);
                any = 1;
                p = r + 1;
            }
        }
    }
    if (!ok || *p || !any) {
        ccdk__unscoped_error(n->app, "Not a valid ISO duration: %s", iso);
        return (ccdk_duration){0};
    }
    /* Duration.millis(ms + s * 1000 + m * 60000 + h * 3600000 + d * 86400000), in that order */
    double total = ms + parts[3] * 1000 + parts[2] * 60000 + parts[1] * 3600000 + parts[0] * 86400000;
    return ccdk_duration_millis(total);
}

/* plus / minus: both in the finer unit (convert with integral), then new Duration(result, unit) */
static ccdk_duration combine(ccdk__node *n, ccdk_duration a, ccdk_duration b, int sign)
{
    if (!ccdk_duration_is_set(a) || !ccdk_duration_is_set(b)) {
        ccdk__error(n, "a duration is not given");
        return (ccdk_duration){0};
    }
    if (a.token || b.token) {
        ccdk__error(n, "Duration.plus / minus of a duration whose amount is a token is not supported by ccdk");
        return (ccdk_duration){0};
    }
    ccdk_time_unit u = ccdk__time_unit_ms(a.unit) < ccdk__time_unit_ms(b.unit) ? a.unit : b.unit;
    int ok = 1;
    double x = ccdk__duration_convert(n, a, u, 1, &ok);
    double y = ok ? ccdk__duration_convert(n, b, u, 1, &ok) : 0;
    if (!ok)
        return (ccdk_duration){0};
    ccdk_duration r = {sign > 0 ? x + y : x - y, u, NULL};
    return ccdk__duration_check(n, r) ? r : (ccdk_duration){0};
}

ccdk_duration ccdk_duration_plus(void *owner, ccdk_duration a, ccdk_duration b)
{
    return combine(ccdk__scope_(owner, __func__), a, b, 1);
}

ccdk_duration ccdk_duration_minus(void *owner, ccdk_duration a, ccdk_duration b)
{
    return combine(ccdk__scope_(owner, __func__), a, b, -1);
}

/* ------------------------------------------------------------------ Size */

ccdk_size ccdk_size_bytes(double n) { return (ccdk_size){n, CCDK_SIZE_BYTES, NULL}; }
ccdk_size ccdk_size_tebibytes(double n) { return (ccdk_size){n, CCDK_SIZE_TEBIBYTES, NULL}; }
ccdk_size ccdk_size_pebibytes(double n) { return (ccdk_size){n, CCDK_SIZE_PEBIBYTES, NULL}; }
static ccdk_size size_token(const char *t, ccdk_size_unit u) { return t ? (ccdk_size){0, u, t} : (ccdk_size){0}; }
ccdk_size ccdk_size_bytes_token(const char *t) { return size_token(t, CCDK_SIZE_BYTES); }
ccdk_size ccdk_size_tebibytes_token(const char *t) { return size_token(t, CCDK_SIZE_TEBIBYTES); }
ccdk_size ccdk_size_pebibytes_token(const char *t) { return size_token(t, CCDK_SIZE_PEBIBYTES); }

static double in_bytes(ccdk_size_unit u)
{
    switch (u) {
    case CCDK_SIZE_BYTES: return 1;
    case CCDK_SIZE_KIBIBYTES: return 1024.0;
    case CCDK_SIZE_MEBIBYTES: return 1024.0 * 1024;
    case CCDK_SIZE_GIBIBYTES: return 1024.0 * 1024 * 1024;
    case CCDK_SIZE_TEBIBYTES: return 1024.0 * 1024 * 1024 * 1024;
    case CCDK_SIZE_PEBIBYTES: return 1024.0 * 1024 * 1024 * 1024 * 1024;
    default: return 0;
    }
}

static const char *size_label(ccdk_size_unit u)
{
    static const char *const names[] = {"", "kibibytes", "mebibytes", "gibibytes", "tebibytes", "bytes", "pebibytes"};
    return names[u];
}

/* convert(amount, fromUnit, toUnit, {rounding}) of size.ts after the constructor's check */
double ccdk_size_to(void *owner, ccdk_size s, ccdk_size_unit to, ccdk_size_rounding rounding)
{
    ccdk__node *n = ccdk__scope_(owner, __func__);
    if (!CCDK__ENUM_OK(n, to, ccdk_size_unit, CCDK_SIZE_UNSET, CCDK_SIZE_PEBIBYTES, "Size unit") ||
        !CCDK__ENUM_OK(n, s.unit, ccdk_size_unit, CCDK_SIZE_UNSET, CCDK_SIZE_PEBIBYTES, "Size unit") ||
        !CCDK__ENUM_OK(n, rounding, ccdk_size_rounding, CCDK_SIZE_ROUNDING_UNSET, CCDK_SIZE_ROUNDING_NONE, "SizeRoundingBehavior"))
        return NAN;
    if (to == CCDK_SIZE_UNSET) {
        ccdk__error(n, "ccdk_size_to: the unit to convert to is CCDK_SIZE_UNSET");
        return NAN;
    }
    if (s.unit == CCDK_SIZE_UNSET)
        return 0;
    if (!s.token && s.amount < 0) {
        ccdk__error(n, "Storage amounts cannot be negative. Received: %s", ccdk__num_string(n->app, s.amount));
        return NAN;
    }
    if (s.unit == to && (rounding == CCDK_SIZE_ROUNDING_UNSET || rounding == CCDK_SIZE_ROUNDING_NONE))
        return s.token ? NAN : s.amount;
    if (s.token) {
        ccdk__error(n, "Size must be specified as 'Size.%s()' here since its value comes from a token and cannot be "
                       "converted (got Size.%s)", size_label(to), size_label(s.unit));
        return NAN;
    }
    double value = s.amount * (in_bytes(s.unit) / in_bytes(to));
    switch (rounding) {
    case CCDK_SIZE_ROUNDING_NONE: return value;
    case CCDK_SIZE_ROUNDING_FLOOR: return floor(value);
    default:
        if (!(isfinite(value) && value == floor(value))) {
            ccdk__error(n, "'%s %s' cannot be converted into a whole number of %s.", ccdk__num_string(n->app, s.amount),
                        size_label(s.unit), size_label(to));
            return NAN;
        }
        return value;
    }
}
