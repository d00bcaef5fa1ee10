/* fuzz_override.c - libFuzzer target: the CfnResource escape hatch with fuzzed paths and values.
 *
 * The input is NUL-separated fields: the first is a byte of flags, then pairs of (path, value).
 * A path's prefix picks the call: "P:" addPropertyOverride, "D:" addDeletionOverride, "X:"
 * addPropertyDeletionOverride, else addOverride. The value is JSON when ccdk's parser takes it
 * (ccdk_v_json), else the string itself. Each pair goes to one of three resources: a Function's
 * CfnFunction, its role's CfnRole, a plain CfnResource with properties. Then the app is
 * synthesized. Invariant (fuzzlib.h): an error recorded and nothing written, or every JSON file
 * parses and the template has a Resources object. */
#include "fuzzlib.h"

static void check(ccdk_app *checker, const char *outdir, void *ctx)
{
    ccdk_value *t = fz_template(checker, outdir, "Stack");
    if (!t || t->kind != CCDK__V_OBJ)
        fz_fail("no template object");
    ccdk_value *res = ccdk__v_get(t, "Resources");
    if (!res || res->kind != CCDK__V_OBJ)
        fz_fail("no Resources object");
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fz_fields ff;
    fz_split(&ff, data, size);
    unsigned flags = (unsigned char)fz_str(&ff, 0, "")[0];

    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){.outdir = fz_outdir(), .quiet = 1});
    ccdk_stack *stack = ccdk_stack_new(app, "Stack", NULL);
    ccdk_lambda_function *fn = ccdk_lambda_function_new(stack, "Fn", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_22_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(stack, "exports.handler = async () => 1;"),
        .environment = CCDK_KVS({"A", "b"}),
    });
    ccdk_value *props = ccdk_v_json(stack, "{\"QueueName\":\"q\",\"Tags\":[{\"Key\":\"k\",\"Value\":\"v\"}],"
                                           "\"RedrivePolicy\":{\"maxReceiveCount\":3}}");
    ccdk_cfn_resource *targets[3] = {
        ccdk_lambda_function_resource(fn),
        ccdk_iam_role_resource(ccdk_lambda_function_role(fn)),
        ccdk_cfn_resource_new(stack, "Queue", "AWS::SQS::Queue", props),
    };
    if (flags & 1)
        ccdk_cfn_resource_add_depends_on(targets[2], targets[0]);
    for (size_t i = 1; i < ff.n; i += 2) {
        const char *path = ff.f[i];
        const char *text = fz_str(&ff, i + 1, "null");
        ccdk_cfn_resource *r = targets[(i / 2 + flags) % 3];
        /* ccdk_v_json records an error on bad JSON: try the parser first, use a string otherwise */
        ccdk_value *v = ccdk__json_parse(app, text, strlen(text), NULL) ? ccdk_v_json(stack, text)
                                                                        : ccdk_v_string(stack, text);
        if (!strncmp(path, "P:", 2))
            ccdk_cfn_resource_add_property_override(r, path + 2, v);
        else if (!strncmp(path, "D:", 2))
            ccdk_cfn_resource_add_deletion_override(r, path + 2);
        else if (!strncmp(path, "X:", 2))
            ccdk_cfn_resource_add_property_deletion_override(r, path + 2);
        else
            ccdk_cfn_resource_add_override(r, path, v);
    }
    fz_synth_and_check(app, check, NULL);
    fz_fields_free(&ff);
    return 0;
}
