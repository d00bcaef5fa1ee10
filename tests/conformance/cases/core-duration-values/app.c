/* core: duration.test.ts's Duration values (ccdk_duration_to, _to_iso_string, _parse,
 * _to_human_string, _to_string, _unit_label, _format_token_to_number, _plus, _minus) written into a
 * resource's properties (numbers) and outputs (strings). */
#include <ccdk/core.h>
#include <stdio.h>

static ccdk_stack *stack;
static ccdk_value *nums;
static int nstr;

static void num(const char *k, double v) { ccdk_v_set(nums, k, ccdk_v_number(stack, v)); }
static void str(const char *v)
{
    char id[16];
    snprintf(id, sizeof id, "S%d", nstr++);
    ccdk_cfn_output_new(stack, id, &(ccdk_cfn_output_props){.value = v});
}
static ccdk_value *produce_num(void *ctx) { return ccdk_v_number(stack, *(const double *)ctx); }
static const char *lazy_number(const double *v) { return ccdk_token_as_string(ccdk_lazy_value(stack, produce_num, (void *)v)); }

#define TO(d, u) ccdk_duration_to(stack, (d), CCDK_TIME_##u, CCDK_UNSET)
#define TO_FRAC(d, u) ccdk_duration_to(stack, (d), CCDK_TIME_##u, CCDK_FALSE)

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    stack = ccdk_stack_new(app, "TestStack", NULL);
    nums = ccdk_v_object(stack);

    struct { const char *k; ccdk_duration d; } conv[] = {
        {"s300", ccdk_duration_seconds(300)}, {"m5", ccdk_duration_minutes(5)},
        {"h5", ccdk_duration_hours(5)}, {"d1", ccdk_duration_days(1)},
    };
    for (size_t i = 0; i < 4; i++) {
        num(ccdk_fmt(stack, "%s.seconds", conv[i].k), TO(conv[i].d, SECONDS));
        num(ccdk_fmt(stack, "%s.minutes", conv[i].k), TO(conv[i].d, MINUTES));
        num(ccdk_fmt(stack, "%s.millis", conv[i].k), TO(conv[i].d, MILLIS));
        num(ccdk_fmt(stack, "%s.days", conv[i].k), TO_FRAC(conv[i].d, DAYS));
        num(ccdk_fmt(stack, "%s.hoursFrac", conv[i].k), TO_FRAC(conv[i].d, HOURS));
    }
    num("s86400.days", TO(ccdk_duration_seconds(60 * 60 * 24), DAYS));
    num("m1440.days", TO(ccdk_duration_minutes(60 * 24), DAYS));
    num("h24.days", TO(ccdk_duration_hours(24), DAYS));
    num("m5.5.minutes", TO_FRAC(ccdk_duration_minutes(5.5), MINUTES));
    num("m9/8.seconds", TO_FRAC(ccdk_duration_minutes(9.0 / 8), SECONDS));
    num("m5/4.seconds", TO_FRAC(ccdk_duration_minutes(5.0 / 4), SECONDS));
    num("m10.seconds", TO_FRAC(ccdk_duration_minutes(10), SECONDS));
    num("s45.minutes", TO_FRAC(ccdk_duration_seconds(45), MINUTES));
    num("s120.minutes", TO(ccdk_duration_seconds(120), MINUTES));

    ccdk_duration iso[] = {
        ccdk_duration_millis(0), ccdk_duration_seconds(0), ccdk_duration_minutes(0), ccdk_duration_hours(0), ccdk_duration_days(0),
        ccdk_duration_millis(5), ccdk_duration_seconds(5), ccdk_duration_minutes(5), ccdk_duration_hours(5), ccdk_duration_days(5),
        ccdk_duration_seconds(65), ccdk_duration_seconds(1 + 60 * (1 + 60 * (1 + 24))),
        ccdk_duration_millis(1 + 1000 * (1 + 60 * (1 + 60 * (1 + 24)))), ccdk_duration_minutes(1.5), ccdk_duration_hours(49.25),
        ccdk_duration_millis(1500),
    };
    for (size_t i = 0; i < sizeof iso / sizeof *iso; i++)
        str(ccdk_duration_to_iso_string(stack, iso[i]));

    const char *parse[] = {"PT0.000S", "PT0S", "PT0M", "PT0H", "P0D", "PT0.005S", "PT0.5S", "PT5S", "PT5M", "PT5H", "P5D",
                           "P1DT1H1M1S", "P1DT1H1M1.001S", "PT1.05S", "P2DT30M"};
    for (size_t i = 0; i < sizeof parse / sizeof *parse; i++)
        num(ccdk_fmt(stack, "parse.%s", parse[i]), TO(ccdk_duration_parse(stack, parse[i]), MILLIS));

    static const double five = 5, ten = 10;
    ccdk_duration human[] = {
        ccdk_duration_minutes(0), ccdk_duration_minutes_token(lazy_number(&five)), ccdk_duration_days(1), ccdk_duration_hours(1),
        ccdk_duration_minutes(1), ccdk_duration_seconds(1), ccdk_duration_millis(1), ccdk_duration_minutes(10),
        ccdk_duration_minutes(62), ccdk_duration_seconds(3666), ccdk_duration_millis(3000), ccdk_duration_millis(3666),
        ccdk_duration_millis(3.6), ccdk_duration_days(2.5), ccdk_duration_seconds(0),
    };
    for (size_t i = 0; i < sizeof human / sizeof *human; i++)
        str(ccdk_duration_to_human_string(stack, human[i]));

    str(ccdk_duration_to_string(stack, ccdk_duration_hours(1)));
    str(ccdk_duration_to_string(stack, ccdk_duration_millis(2.5)));
    ccdk_duration labels[] = {ccdk_duration_minutes_token(lazy_number(&ten)), ccdk_duration_minutes(62), ccdk_duration_seconds(10),
                              ccdk_duration_millis(1), ccdk_duration_hours(1000), ccdk_duration_days(2)};
    for (size_t i = 0; i < sizeof labels / sizeof *labels; i++)
        str(ccdk_duration_unit_label(labels[i]));
    str(ccdk_duration_format_token_to_number(stack, ccdk_duration_minutes_token(lazy_number(&ten))));
    str(ccdk_duration_format_token_to_number(stack, ccdk_duration_hours(10)));
    str(ccdk_duration_format_token_to_number(stack, ccdk_duration_days(5)));

    ccdk_duration plus = ccdk_duration_plus(stack, ccdk_duration_minutes(1), ccdk_duration_seconds(30));
    ccdk_duration minus = ccdk_duration_minus(stack, ccdk_duration_minutes(1), ccdk_duration_seconds(30));
    num("plus.seconds", TO(plus, SECONDS));
    num("plus.minutes", TO_FRAC(plus, MINUTES));
    num("minus.seconds", TO(minus, SECONDS));
    num("minus.minutes", TO_FRAC(minus, MINUTES));
    str(ccdk_duration_to_iso_string(stack, ccdk_duration_plus(stack, ccdk_duration_hours(1), ccdk_duration_days(1))));
    str(ccdk_duration_to_human_string(stack, ccdk_duration_minus(stack, ccdk_duration_hours(1), ccdk_duration_hours(1))));

    ccdk_cfn_resource_new(stack, "Numbers", "AWS::Test::Durations", nums);
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
