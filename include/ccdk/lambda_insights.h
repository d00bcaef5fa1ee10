/* ccdk/lambda_insights.h - lambda.LambdaInsightsVersion (pass it as the Function prop
 * insights_version: the function gets the Lambda Insights layer and the
 * CloudWatchLambdaInsightsExecutionRolePolicy managed policy). */
#ifndef CCDK_LAMBDA_INSIGHTS_H
#define CCDK_LAMBDA_INSIGHTS_H

#ifdef __cplusplus
extern "C" {
#endif

/** A Lambda Insights version: `version` (a published version, looked up per region and
 *  architecture; environment-agnostic stacks get a CfnMapping or a region pattern as aws-cdk-lib
 *  does), or `arn` (LambdaInsightsVersion.fromInsightVersionArn). */
typedef struct ccdk_lambda_insights_version {
    const char *version;
    const char *arn;
} ccdk_lambda_insights_version;

/** LambdaInsightsVersion.fromInsightsVersion("1.0.98.0") / fromInsightVersionArn(arn). */
#define CCDK_LAMBDA_INSIGHTS_FROM_VERSION(v) (&(const ccdk_lambda_insights_version){(v), 0})
#define CCDK_LAMBDA_INSIGHTS_FROM_ARN(a) (&(const ccdk_lambda_insights_version){0, (a)})

/** The VERSION_* constants. */
#define CCDK__LI(sym) extern const ccdk_lambda_insights_version ccdk_lambda_insights_version_##sym;
#define CCDK_LAMBDA_INSIGHTS_VERSIONS(X)                                                                          \
    X(1_0_54_0) X(1_0_86_0) X(1_0_89_0) X(1_0_98_0) X(1_0_119_0) X(1_0_135_0) X(1_0_143_0) X(1_0_178_0)            \
    X(1_0_229_0) X(1_0_273_0) X(1_0_275_0) X(1_0_295_0) X(1_0_317_0) X(1_0_333_0) X(1_0_391_0) X(1_0_404_0)        \
    X(1_0_498_0)
CCDK_LAMBDA_INSIGHTS_VERSIONS(CCDK__LI)
#undef CCDK__LI
/* CCDK_LAMBDA_INSIGHTS_VERSION(1_0_98_0): a pointer to the constant */
#define CCDK_LAMBDA_INSIGHTS_VERSION(sym) (&ccdk_lambda_insights_version_##sym)

#ifdef __cplusplus
}
#endif
#endif
