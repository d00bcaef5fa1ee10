/* fuzz_ids.c - libFuzzer target: construct ids and string props from the input.
 *
 * The input is NUL-separated fields (see the table below; a missing field takes the default).
 * The first byte of field 0 is a set of flags that switch parts of the app on. The app: a
 * Stack (stack name, description, tags), a group Construct, a Role, a Function with inline code,
 * environment variables, a tag, an alias of its currentVersion, a permission and a CfnOutput;
 * longer inputs add an imported function and role, a policy statement, a CfnParameter, a
 * CfnMapping, metadata, a formatted ARN, a layer and a context lookup. Invariant (fuzzlib.h): synth fails with an error recorded and writes nothing,
 * or succeeds and every JSON file it wrote parses. */
#include "fuzzlib.h"

#include "ccdk/lambda_versions.h"
#include "ccdk/s3.h"

enum {
    F_FLAGS, F_STACK_ID, F_STACK_NAME, F_STACK_DESC, F_GROUP_ID, F_FN_ID, F_HANDLER, F_CODE,
    F_ENV_K1, F_ENV_V1, F_ENV_K2, F_ENV_V2, F_ROLE_ID, F_ROLE_NAME, F_ROLE_DESC, F_ROLE_PATH,
    F_TAG_K, F_TAG_V, F_ALIAS, F_ALIAS_DESC, F_FN_NAME, F_FN_DESC, F_OUT_ID, F_OUT_EXPORT,
    F_PERM_ID, F_ACCOUNT, F_REGION, F_STACK_TAG_K, F_STACK_TAG_V, F_SERVICE,
    /* present only in longer inputs: each switches its part on */
    F_IMPORT_ARN, F_ROLE_ARN, F_ACTION, F_RESOURCE, F_PARAM_ID, F_PARAM_DEFAULT, F_PARAM_PATTERN,
    F_MAP_K1, F_MAP_K2, F_META_K, F_META_V, F_ARN_SERVICE, F_ARN_RESOURCE, F_LAYER_ID, F_CONTEXT_K,
};

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fz_fields ff;
    fz_split(&ff, data, size);
    unsigned flags = (unsigned char)fz_str(&ff, F_FLAGS, "")[0];

    ccdk_app *app = ccdk_app_new(&(ccdk_app_props){.outdir = fz_outdir(), .quiet = 1});
    ccdk_kvs stack_tags = CCDK_KVS({fz_str(&ff, F_STACK_TAG_K, "team"), fz_str(&ff, F_STACK_TAG_V, "core")});
    ccdk_stack *stack = ccdk_stack_new(app, fz_str(&ff, F_STACK_ID, "Stack"), &(ccdk_stack_props){
        .stack_name = flags & 1 ? fz_str(&ff, F_STACK_NAME, NULL) : NULL,
        .description = fz_str(&ff, F_STACK_DESC, NULL),
        .account = flags & 2 ? fz_str(&ff, F_ACCOUNT, "123456789012") : NULL,
        .region = flags & 2 ? fz_str(&ff, F_REGION, "us-east-1") : NULL,
        .tags = flags & 4 ? stack_tags : (ccdk_kvs){0},
    });
    ccdk_construct *scope = CCDK_CONSTRUCT(stack);
    if (flags & 8)
        scope = ccdk_construct_new(stack, fz_str(&ff, F_GROUP_ID, "Group"));

    ccdk_iam_role *role = NULL;
    if (flags & 16)
        role = ccdk_iam_role_new(scope, fz_str(&ff, F_ROLE_ID, "Role"), &(ccdk_iam_role_props){
            .assumed_by = ccdk_iam_service_principal(scope, fz_str(&ff, F_SERVICE, "lambda.amazonaws.com")),
            .role_name = fz_str(&ff, F_ROLE_NAME, NULL),
            .description = fz_str(&ff, F_ROLE_DESC, NULL),
            .path = fz_str(&ff, F_ROLE_PATH, NULL),
        });

    ccdk_kvs env = CCDK_KVS({fz_str(&ff, F_ENV_K1, "KEY"), fz_str(&ff, F_ENV_V1, "value")},
                            {fz_str(&ff, F_ENV_K2, "OTHER"), fz_str(&ff, F_ENV_V2, "other")});
    ccdk_lambda_function *fn = ccdk_lambda_function_new(scope, fz_str(&ff, F_FN_ID, "Fn"), &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_22_X,
        .handler = fz_str(&ff, F_HANDLER, "index.handler"),
        .code = ccdk_lambda_code_from_inline(scope, fz_str(&ff, F_CODE, "exports.handler = async () => 1;")),
        .environment = env,
        .role = role,
        .function_name = fz_str(&ff, F_FN_NAME, NULL),
        .description = fz_str(&ff, F_FN_DESC, NULL),
    });
    ccdk_tags_add(flags & 32 ? CCDK_CONSTRUCT(fn) : CCDK_CONSTRUCT(stack), fz_str(&ff, F_TAG_K, "owner"), fz_str(&ff, F_TAG_V, "me"));
    if (flags & 64)
        ccdk_lambda_function_add_alias(fn, fz_str(&ff, F_ALIAS, "live"), &(ccdk_lambda_alias_options){
            .description = fz_str(&ff, F_ALIAS_DESC, NULL),
        });
    if (flags & 128) {
        ccdk_lambda_function_add_permission(fn, fz_str(&ff, F_PERM_ID, "Invoke"), &(ccdk_lambda_permission){
            .principal = ccdk_iam_service_principal(stack, fz_str(&ff, F_SERVICE, "s3.amazonaws.com")),
            .source_account = fz_str(&ff, F_ACCOUNT, NULL),
        });
        ccdk_cfn_output_new(stack, fz_str(&ff, F_OUT_ID, "Arn"), &(ccdk_cfn_output_props){
            .value = ccdk_lambda_function_arn(fn),
            .export_name = fz_str(&ff, F_OUT_EXPORT, NULL),
        });
    }
    if (ff.n > F_IMPORT_ARN) {
        ccdk_lambda_function *imp = ccdk_lambda_function_from_function_arn(stack, "Imported", ff.f[F_IMPORT_ARN]);
        ccdk_lambda_function_grant_invoke(imp, ccdk_lambda_function_grant_principal(fn));
    }
    if (ff.n > F_ROLE_ARN) {
        ccdk_iam_role *imported = ccdk_iam_role_from_role_arn(stack, "ImportedRole", ff.f[F_ROLE_ARN]);
        ccdk_iam_role_add_to_policy(imported, ccdk_iam_policy_statement_new(stack, &(ccdk_iam_policy_statement_props){
            .actions = CCDK_STRS("s3:GetObject"),
            .resources = CCDK_STRS("*"),
        }));
    }
    if (ff.n > F_RESOURCE)
        ccdk_lambda_function_add_to_role_policy(fn, ccdk_iam_policy_statement_new(stack, &(ccdk_iam_policy_statement_props){
            .actions = CCDK_STRS(ff.f[F_ACTION]),
            .resources = CCDK_STRS(ff.f[F_RESOURCE], ccdk_lambda_function_arn(fn)),
            .sid = ff.f[F_ACTION],
        }));
    if (ff.n > F_PARAM_PATTERN) {
        ccdk_cfn_parameter *p = ccdk_cfn_parameter_new(stack, ff.f[F_PARAM_ID], &(ccdk_cfn_parameter_props){
            .default_value = ccdk_v_string(stack, ff.f[F_PARAM_DEFAULT]),
            .allowed_pattern = ff.f[F_PARAM_PATTERN],
        });
        ccdk_lambda_function_add_environment(fn, "PARAM", ccdk_cfn_parameter_value_as_string(p));
    }
    if (ff.n > F_MAP_K2) {
        ccdk_value *inner = ccdk_v_set(ccdk_v_object(stack), ff.f[F_MAP_K2], ccdk_v_string(stack, "v"));
        ccdk_cfn_mapping *m = ccdk_cfn_mapping_new(stack, "Map", ccdk_v_set(ccdk_v_object(stack), ff.f[F_MAP_K1], inner));
        ccdk_lambda_function_add_environment(fn, "MAPPED", ccdk_cfn_mapping_find_in_map(m, ff.f[F_MAP_K1], ff.f[F_MAP_K2]));
    }
    if (ff.n > F_META_V)
        ccdk_node_add_metadata(fn, ff.f[F_META_K], ccdk_v_string(stack, ff.f[F_META_V]));
    if (ff.n > F_ARN_RESOURCE)
        ccdk_lambda_function_add_environment(fn, "ARN", ccdk_stack_format_arn(stack, ff.f[F_ARN_SERVICE], ff.f[F_ARN_RESOURCE], "/", NULL));
    if (ff.n > F_LAYER_ID)
        ccdk_lambda_function_add_layers(fn, (ccdk_lambda_layer_list)CCDK_LIST(ccdk_lambda_layer_version_new(stack, ff.f[F_LAYER_ID], &(ccdk_lambda_layer_version_props){
                .code = ccdk_lambda_code_from_bucket(ccdk_s3_bucket_from_bucket_name(stack, "CodeBucket", "bucket"), ff.f[F_LAYER_ID], NULL),
            })));
    if (ff.n > F_CONTEXT_K) {
        ccdk_node_try_get_context(fn, ff.f[F_CONTEXT_K]);
        ccdk_feature_flag_enabled(fn, ff.f[F_CONTEXT_K]);
    }
    fz_synth_and_check(app, NULL, NULL);
    fz_fields_free(&ff);
    return 0;
}
