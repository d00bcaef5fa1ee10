/* core: non-ASCII and control characters in descriptions, env vars and ids. */
#include <ccdk/lambda.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "TestStack", NULL);

    /* CONTROL holds a NUL, which a C string cannot: it goes in as a JSON value, as a string token. */
    const char *control = ccdk_token_as_string(ccdk_v_json(stack, "\"a\\u0000b\\u0001c\\u001fd\\re\\bf\\fg\""));
    ccdk_lambda_function_new(stack, "F\u00fcnction\u2713", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_16_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(stack, "exports.handler = async () => \"\u00a1hola, se\u00f1or! \U0001F680\";"),
        .description = "\u00dcn\u00efc\u00f6d\u00e9 \u2713 \u2014 \u201cquotes\u201d \u65e5\u672c\u8a9e \U0001F680 tab\there, "
                       "newline\nthere, bell\a, esc\x1b, del\x7f, nbsp\u00a0, ls\u2028, ps\u2029",
        .environment = CCDK_KVS(
                                {"GREETING", "\u3053\u3093\u306b\u3061\u306f\u4e16\u754c"},
                                {"CONTROL", control},
                                {"QUOTES", "say \"hi\" \\ back"},
                                {"EMOJI", "\U0001F469\u200d\U0001F4bb\U0001F1ea\U0001F1fa"},
                                {"KEY_\u00c4\u00d6\u00dc", "umlaut key"}),
    });

    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
