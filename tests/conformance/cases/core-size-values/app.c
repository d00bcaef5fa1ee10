/* core: size.test.ts's Size conversions (ccdk_size_to: bytes to pebibytes, the rounding behaviours
 * FAIL / FLOOR / NONE, a size in its own unit) written into a resource's properties. */
#include <ccdk/core.h>
#include <math.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_value *nums = ccdk_v_object(stack);
    const char *units[] = {"Bytes", "Kibibytes", "Mebibytes", "Gibibytes", "Tebibytes", "Pebibytes"};
    ccdk_size_unit unit_of[] = {CCDK_SIZE_BYTES, CCDK_SIZE_KIBIBYTES, CCDK_SIZE_MEBIBYTES, CCDK_SIZE_GIBIBYTES,
                                CCDK_SIZE_TEBIBYTES, CCDK_SIZE_PEBIBYTES};
    struct { const char *k; ccdk_size s; } sizes[] = {
        {"b", ccdk_size_bytes(1099511627776.0)}, {"k", ccdk_size_kibibytes(4294967296.0)}, {"m", ccdk_size_mebibytes(4194304)},
        {"g", ccdk_size_gibibytes(5)}, {"t", ccdk_size_tebibytes(5)}, {"p", ccdk_size_pebibytes(5)}, {"m5200", ccdk_size_mebibytes(5200)},
        {"frac", ccdk_size_mebibytes(5.5)}, {"zero", ccdk_size_gibibytes(0)},
    };
    /* a scratch App for the conversions that fail (aws-cdk-lib's throw, caught by app.js) */
    ccdk_app *scratch = ccdk_app_new(&(ccdk_app_props){.quiet = 1});
    ccdk_stack *probe = ccdk_stack_new(scratch, "Probe", NULL);
    for (size_t i = 0; i < sizeof sizes / sizeof *sizes; i++) {
        for (size_t u = 0; u < 6; u++) {
            ccdk_v_set(nums, ccdk_fmt(stack, "%s.%s.none", sizes[i].k, units[u]),
                       ccdk_v_number(stack, ccdk_size_to(stack, sizes[i].s, unit_of[u], CCDK_SIZE_ROUNDING_NONE)));
            ccdk_v_set(nums, ccdk_fmt(stack, "%s.%s.floor", sizes[i].k, units[u]),
                       ccdk_v_number(stack, ccdk_size_to(stack, sizes[i].s, unit_of[u], CCDK_SIZE_ROUNDING_FLOOR)));
            double v = ccdk_size_to(probe, sizes[i].s, unit_of[u], CCDK_SIZE_ROUNDING_UNSET);
            if (!isnan(v))
                ccdk_v_set(nums, ccdk_fmt(stack, "%s.%s", sizes[i].k, units[u]), ccdk_v_number(stack, v));
        }
    }
    ccdk_v_set(nums, "b4g", ccdk_v_number(stack, ccdk_size_to(stack, ccdk_size_bytes(4.0 * 1024 * 1024 * 1024), CCDK_SIZE_GIBIBYTES, CCDK_SIZE_ROUNDING_UNSET)));
    ccdk_v_set(nums, "k4g", ccdk_v_number(stack, ccdk_size_to(stack, ccdk_size_kibibytes(4.0 * 1024 * 1024), CCDK_SIZE_GIBIBYTES, CCDK_SIZE_ROUNDING_UNSET)));
    ccdk_v_set(nums, "m4g", ccdk_v_number(stack, ccdk_size_to(stack, ccdk_size_mebibytes(4 * 1024), CCDK_SIZE_GIBIBYTES, CCDK_SIZE_ROUNDING_UNSET)));
    ccdk_v_set(nums, "g4t", ccdk_v_number(stack, ccdk_size_to(stack, ccdk_size_gibibytes(4096), CCDK_SIZE_TEBIBYTES, CCDK_SIZE_ROUNDING_UNSET)));
    ccdk_v_set(nums, "t4p", ccdk_v_number(stack, ccdk_size_to(stack, ccdk_size_tebibytes(4096), CCDK_SIZE_PEBIBYTES, CCDK_SIZE_ROUNDING_UNSET)));
    ccdk_cfn_resource_new(stack, "Numbers", "AWS::Test::Sizes", nums);
    ccdk_app_free(scratch);
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
