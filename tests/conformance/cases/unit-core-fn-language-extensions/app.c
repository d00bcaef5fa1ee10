/* aws-cdk's core fn.test.ts, the Fn functions beyond one intrinsic: Fn.split of a token with an
 * assumed length (a list of Fn::Selects), Fn.importListValue with and without one, Fn.toJsonString
 * of a token and of a literal (tokens inside kept), Fn.len of a split token and of a literal list;
 * the tokens of the last two add the AWS::LanguageExtensions transform to the stack resolving them,
 * and an unused one adds nothing. */
#include <stdio.h>

#include <ccdk/core.h>

static void out(ccdk_stack *stack, const char *id, const char *value)
{
    ccdk_cfn_output_new(stack, id, &(ccdk_cfn_output_props){.value = value});
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "Stack", NULL);
    const char *splittable = ccdk_cfn_parameter_value_as_string(ccdk_cfn_parameter_new(stack, "Splittable", NULL));
    ccdk_value *props = ccdk_v_object(stack);
    ccdk_v_set(props, "Assumed", ccdk_fn_split_assumed_length(stack, ",", splittable, 3));
    ccdk_v_set(props, "Literal", ccdk_fn_split_assumed_length(stack, ",", "a,b", 3));
    ccdk_v_set(props, "ImportKnown", ccdk_fn_import_list_value(stack, "ExportName", CCDK_NUM(3), NULL));
    ccdk_v_set(props, "ImportUnknown", ccdk_fn_import_list_value(stack, "ExportName", (ccdk_opt_num){0}, NULL));
    ccdk_v_set(props, "ImportDelimiter", ccdk_fn_import_list_value(stack, "ExportName", CCDK_NUM(2), "|"));
    ccdk_cfn_resource_new(stack, "Lists", "Test::Lists", props);
    out(stack, "JsonLiteral", ccdk_fn_to_json_string(stack, ccdk_v_json(stack, "{\"key\": \"value\"}")));
    ccdk_value *with_token = ccdk_v_object(stack);
    ccdk_v_set(with_token, "key", ccdk_v_string(stack, "value"));
    ccdk_value *list = ccdk_v_list(stack);
    ccdk_v_push(list, ccdk_v_number(stack, 1));
    ccdk_v_push(list, ccdk_v_bool(stack, 1));
    ccdk_v_push(list, ccdk_v_string(stack, splittable));
    ccdk_v_set(with_token, "list", list);
    out(stack, "JsonWithToken", ccdk_fn_to_json_string(stack, with_token));
    ccdk_opt_num len = ccdk_fn_len(stack, ccdk_fn_split(stack, "|", "a|b|c"));
    char buf[32];
    snprintf(buf, sizeof buf, "%g", len.value);
    out(stack, "LenLiteral", buf);

    ccdk_stack *ext = ccdk_stack_new(app, "Extensions", NULL);
    const char *param = ccdk_cfn_parameter_value_as_string(ccdk_cfn_parameter_new(ext, "Param", NULL));
    const char *obj = ccdk_cfn_parameter_value_as_string(ccdk_cfn_parameter_new(ext, "Obj", NULL));
    out(ext, "Json", ccdk_fn_to_json_string(ext, ccdk_v_string(ext, ccdk_fn_join(ext, "", CCDK_STRS(obj)))));
    out(ext, "Len", ccdk_fn_len(ext, ccdk_fn_split(ext, "|", param)).token);

    /* one token in a stack that also references another stack: the transform once (a string) */
    ccdk_stack *single = ccdk_stack_new(app, "Single", NULL);
    out(single, "Len", ccdk_fn_len(single, ccdk_fn_split(single, "|", splittable)).token);
    out(single, "Other", splittable);

    ccdk_stack *unused = ccdk_stack_new(app, "Unused", NULL);
    ccdk_cfn_parameter_new(unused, "P", NULL);
    ccdk_fn_len(unused, ccdk_fn_split(unused, "|", ccdk_cfn_parameter_value_as_string(ccdk_cfn_parameter_new(unused, "Q", NULL))));
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
