/* FilterCriteria patterns where JSON.stringify decides the bytes (see app.js). */
#include <ccdk/lambda.h>
#include <ccdk/lambda_event_sources.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);
    ccdk_lambda_function *fn = ccdk_lambda_function_new(stack, "fn", &(ccdk_lambda_function_props){
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(stack, "exports.handler = ${handler.toString()}"),
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_LATEST});
    ccdk_value *numbers = ccdk_v_object(stack);
    ccdk_v_set(numbers, "zero", ccdk_lambda_filter_rule_is_equal_number(stack, 0));
    ccdk_v_set(numbers, "negZero", ccdk_lambda_filter_rule_is_equal_number(stack, -0.0));
    ccdk_v_set(numbers, "big", ccdk_lambda_filter_rule_is_equal_number(stack, 1e21));
    ccdk_v_set(numbers, "small", ccdk_lambda_filter_rule_between(stack, 1e-7, 123456789012345680000.0));
    ccdk_v_set(numbers, "sum", ccdk_lambda_filter_rule_is_equal_number(stack, 0.1 + 0.2));
    ccdk_value *deeper = ccdk_v_object(stack);
    ccdk_v_set(deeper, "flag", ccdk_lambda_filter_rule_is_equal_bool(stack, CCDK_FALSE));
    ccdk_v_set(deeper, "gone", ccdk_lambda_filter_rule_not_exists(stack));
    ccdk_value *body = ccdk_v_object(stack);
    ccdk_v_set(body, "text", ccdk_lambda_filter_rule_is_equal(stack,
        "say \"hi\" \\ then\ttab\nline\x01\x7f \xc3\xa9 \xc3\xbc \xe4\xb8\xad \xe2\x80\xa8 end"));
    ccdk_v_set(body, "prefix", ccdk_lambda_filter_rule_begins_with(stack, "</script>"));
    ccdk_v_set(body, "nothing", ccdk_lambda_filter_rule_is_equal_bool(stack, CCDK_UNSET));
    ccdk_v_set(body, "none", ccdk_lambda_filter_rule_or(stack, (ccdk_strs)CCDK_EMPTY_LIST));
    ccdk_v_set(body, "deeper", deeper);
    ccdk_value *text = ccdk_v_object(stack);
    ccdk_v_set(text, "body", body);
    ccdk_lambda_event_source_mapping_new(stack, "test", &(ccdk_lambda_event_source_mapping_props){
        .target = fn, .options = {
            .event_source_arn = "some-arn",
            .filters = CCDK_LIST(ccdk_lambda_filter_criteria_filter(stack, numbers),
                                 ccdk_lambda_filter_criteria_filter(stack, text),
                                 ccdk_lambda_filter_criteria_filter(stack, ccdk_v_object(stack)))}});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
