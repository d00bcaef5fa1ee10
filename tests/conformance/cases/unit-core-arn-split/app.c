/* aws-cdk's core arn.test.ts, Arn.split / parse / extractResourceName: the various successful parses
 * (each component, the round trip through formatArn, and the split of a token ARN in the same
 * format), a token with ':' and '/' separators, extractResourceName of a token and of a literal,
 * empty region, a partition token inside a literal ARN; and the edges of the literal split
 * (NO_RESOURCE_NAME over a slash, an empty name before ':', hasName false). */
#include <stdio.h>

#include <ccdk/core.h>

static void out(ccdk_stack *stack, const char *id, const char *value)
{
    ccdk_cfn_output_new(stack, id, &(ccdk_cfn_output_props){.value = value});
}

/* each component as an output; undefined and "" shown as such (an output needs a value) */
static void show(ccdk_stack *stack, const char *prefix, ccdk_arn_components c)
{
    static const char *const formats[] = {
        [CCDK_ARN_FORMAT_UNSET] = NULL,
        [CCDK_ARN_FORMAT_NO_RESOURCE_NAME] = "arn:aws:service:region:account:resource",
        [CCDK_ARN_FORMAT_COLON_RESOURCE_NAME] = "arn:aws:service:region:account:resource:resourceName",
        [CCDK_ARN_FORMAT_SLASH_RESOURCE_NAME] = "arn:aws:service:region:account:resource/resourceName",
        [CCDK_ARN_FORMAT_SLASH_RESOURCE_SLASH_RESOURCE_NAME] = "arn:aws:service:region:account:/resource/resourceName",
    };
    const struct {
        const char *name, *value;
    } fields[] = {
        {"Partition", c.partition}, {"Service", c.service}, {"Region", c.region},
        {"Account", c.account},     {"Resource", c.resource}, {"ResourceName", c.resource_name},
        {"Sep", c.sep},             {"ArnFormat", formats[c.arn_format]},
    };
    for (size_t i = 0; i < sizeof fields / sizeof *fields; i++) {
        char id[128];
        snprintf(id, sizeof id, "%s%s", prefix, fields[i].name);
        const char *v = fields[i].value;
        out(stack, id, !v ? "(undefined)" : !*v ? "(empty)" : v);
    }
}

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "Stack", NULL);
    ccdk_stack *tokens = ccdk_stack_new(app, "Tokens", NULL);

    /* 'various successful parses' */
    static const struct {
        const char *prefix, *arn;
        ccdk_arn_format format;
    } parses[] = {
        {"A4b", "arn:aws:a4b:region:accountid:resourcetype/resource", CCDK_ARN_FORMAT_SLASH_RESOURCE_NAME},
        {"ApiGw", "arn:aws:apigateway:us-east-1::a123456789012bc3de45678901f23a45:/test/mydemoresource/*",
         CCDK_ARN_FORMAT_COLON_RESOURCE_NAME},
        {"Cloud9", "arn:aws-cn:cloud9::123456789012:environment:81e900317347585a0601e04c8d52eaEX",
         CCDK_ARN_FORMAT_COLON_RESOURCE_NAME},
        {"Cognito", "arn:aws:cognito-sync:::identitypool/us-east-1:1a1a1a1a-ffff-1111-9999-12345678:bla",
         CCDK_ARN_FORMAT_SLASH_RESOURCE_NAME},
        {"Catalog", "arn:aws:servicecatalog:us-east-1:123456789012:/applications/0aqmvxvgmry0ecc4mjhwypun6i",
         CCDK_ARN_FORMAT_SLASH_RESOURCE_SLASH_RESOURCE_NAME},
        {"Bucket", "arn:aws:s3:::my_corporate_bucket", CCDK_ARN_FORMAT_NO_RESOURCE_NAME},
        {"Object", "arn:aws:s3:::my_corporate_bucket/object.zip", CCDK_ARN_FORMAT_NO_RESOURCE_NAME},
    };
    for (size_t i = 0; i < sizeof parses / sizeof *parses; i++) {
        ccdk_arn_components parsed = ccdk_arn_split(stack, parses[i].arn, parses[i].format);
        show(stack, parses[i].prefix, parsed);
        char id[64];
        snprintf(id, sizeof id, "%sRoundTrip", parses[i].prefix);
        out(stack, id, ccdk_stack_format_arn_components(stack, &parsed));
    }
    /* the same formats on a token ARN (the CloudFormation functions the test evaluates) */
    const char *the_arn = ccdk_cfn_parameter_value_as_string(ccdk_cfn_parameter_new(tokens, "TheArn", NULL));
    show(tokens, "Slash", ccdk_arn_split(tokens, the_arn, CCDK_ARN_FORMAT_SLASH_RESOURCE_NAME));
    show(tokens, "Colon", ccdk_arn_split(tokens, the_arn, CCDK_ARN_FORMAT_COLON_RESOURCE_NAME));
    show(tokens, "SlashSlash", ccdk_arn_split(tokens, the_arn, CCDK_ARN_FORMAT_SLASH_RESOURCE_SLASH_RESOURCE_NAME));
    show(tokens, "NoName", ccdk_arn_split(tokens, the_arn, CCDK_ARN_FORMAT_NO_RESOURCE_NAME));

    /* 'a Token with : separator', 'a Token with / separator' */
    const char *some = ccdk_cfn_parameter_value_as_string(ccdk_cfn_parameter_new(tokens, "SomeParameter", NULL));
    show(tokens, "ParseColon", ccdk_arn_parse(tokens, some, ":", CCDK_UNSET));
    show(tokens, "ParseSlash", ccdk_arn_parse(tokens, some, NULL, CCDK_UNSET));
    /* 'extracting resource name from a complex ARN' */
    out(tokens, "Extracted", ccdk_arn_extract_resource_name(tokens, some, "role"));
    /* a token inside text that does not start with "arn:" */
    show(tokens, "Prefixed", ccdk_arn_split(tokens, ccdk_fmt(tokens, "%s:extra", some), CCDK_ARN_FORMAT_COLON_RESOURCE_NAME));

    /* 'returns empty string ARN components' */
    show(stack, "Role", ccdk_arn_parse(stack, "arn:aws:iam::123456789012:role/abc123", NULL, CCDK_UNSET));
    /* 'parse other fields if only some are tokens' */
    show(stack, "PartitionToken",
         ccdk_arn_parse(stack, ccdk_fmt(stack, "arn:%s:iam::123456789012:role/S3Access", ccdk_aws_partition(stack)), NULL,
                        CCDK_UNSET));
    /* extractResourceName of a literal ARN: the path stays in the name */
    out(stack, "ExtractedLiteral", ccdk_arn_extract_resource_name(stack, "arn:aws:iam::111111111111:role/path/to/role/name", "role"));

    /* edges of the literal split */
    show(stack, "CatalogNoName",
         ccdk_arn_split(stack, "arn:aws:servicecatalog:us-east-1:123456789012:/applications/x", CCDK_ARN_FORMAT_NO_RESOURCE_NAME));
    show(stack, "ObjectColon", ccdk_arn_split(stack, "arn:aws:s3:::my_bucket/a:b", CCDK_ARN_FORMAT_NO_RESOURCE_NAME));
    show(stack, "EmptyName", ccdk_arn_split(stack, "arn:aws:events:us-east-1:123456789012:rule/:tail", CCDK_ARN_FORMAT_SLASH_RESOURCE_NAME));
    show(stack, "EmptyColon", ccdk_arn_split(stack, "arn:aws:events:us-east-1:123456789012:rule:", CCDK_ARN_FORMAT_SLASH_RESOURCE_NAME));
    show(stack, "LoneSlash", ccdk_arn_split(stack, "arn:aws:events:us-east-1:123456789012:/rule", CCDK_ARN_FORMAT_SLASH_RESOURCE_NAME));
    show(stack, "EmptyResource",
         ccdk_arn_split(stack, "arn:aws:events:us-east-1:123456789012://name", CCDK_ARN_FORMAT_SLASH_RESOURCE_SLASH_RESOURCE_NAME));
    show(stack, "HasNameFalse", ccdk_arn_parse(stack, "arn:aws:sns:us-east-1:123456789012:topic/x:y", "/", CCDK_FALSE));
    show(stack, "SepIfToken", ccdk_arn_parse(stack, "arn:aws:sns:us-east-1:123456789012:topic", ":", CCDK_UNSET));
    show(tokens, "TokenHasNameFalse", ccdk_arn_parse(tokens, some, "/", CCDK_FALSE));
    show(tokens, "TokenSepIfToken", ccdk_arn_parse(tokens, some, ":", CCDK_UNSET));
    /* Arn.format: with a stack (its defaults), without one (all given) */
    out(stack, "FormatWithStack", ccdk_arn_format_components(stack, &(ccdk_arn_components){
        .service = "sqs", .resource = "q", .arn_format = CCDK_ARN_FORMAT_COLON_RESOURCE_NAME, .resource_name = "n"}, stack));
    out(stack, "FormatNoStack", ccdk_arn_format_components(stack, &(ccdk_arn_components){
        .service = "s3", .resource = "b", .partition = "aws", .region = "", .account = ""}, NULL));
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
