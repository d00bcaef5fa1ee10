/* logging.c - a function's logs (aws-lambda/lib/function.ts): the LoggingConfig property with
 * getLoggingConfig's checks, logRetention (a logs.LogRetention and an import of its group), the
 * managed LogGroup of @aws-cdk/aws-lambda:useCdkManagedLogGroup, and the fn.logGroup getter. */
#include <string.h>

#include "lambda_internal.h"

static const char *logging_format_name(ccdk_lambda_logging_format f)
{
    switch (f) {
    case CCDK_LAMBDA_LOGGING_FORMAT_TEXT: return "Text";
    case CCDK_LAMBDA_LOGGING_FORMAT_JSON: return "JSON";
    default: return NULL;
    }
}

/* the LoggingConfig names of the log levels (NULL: unset); WebFunction's too */
const char *ccdk__lambda_application_log_level_name(ccdk_lambda_application_log_level l)
{
    switch (l) {
    case CCDK_LAMBDA_APPLICATION_LOG_LEVEL_INFO: return "INFO";
    case CCDK_LAMBDA_APPLICATION_LOG_LEVEL_DEBUG: return "DEBUG";
    case CCDK_LAMBDA_APPLICATION_LOG_LEVEL_WARN: return "WARN";
    case CCDK_LAMBDA_APPLICATION_LOG_LEVEL_TRACE: return "TRACE";
    case CCDK_LAMBDA_APPLICATION_LOG_LEVEL_ERROR: return "ERROR";
    case CCDK_LAMBDA_APPLICATION_LOG_LEVEL_FATAL: return "FATAL";
    default: return NULL;
    }
}

const char *ccdk__lambda_system_log_level_name(ccdk_lambda_system_log_level l)
{
    switch (l) {
    case CCDK_LAMBDA_SYSTEM_LOG_LEVEL_INFO: return "INFO";
    case CCDK_LAMBDA_SYSTEM_LOG_LEVEL_DEBUG: return "DEBUG";
    case CCDK_LAMBDA_SYSTEM_LOG_LEVEL_WARN: return "WARN";
    default: return NULL;
    }
}

/* a JavaScript-truthy string prop: given and not "" */
static int given(const char *s) { return s && *s; }

/* getLoggingConfig(props): the checks in aws-cdk-lib's order, then LoggingConfig when a format or a
 * log group is given. Template literals print an absent prop as "undefined". */
void ccdk__fn_step_logging_config(ccdk__fn_ctor *c)
{
    ccdk_lambda_function *fn = c->fn;
    const ccdk_lambda_function_props *props = c->props;
    ccdk_app *app = c->app;
    const char *logging_format = logging_format_name(props->logging_format);
    const char *app_v2 = ccdk__lambda_application_log_level_name(props->application_log_level_v2);
    const char *sys_v2 = ccdk__lambda_system_log_level_name(props->system_log_level_v2);
    if (given(props->log_format) && logging_format)
        ccdk__error(fn, "Only define LogFormat or LoggingFormat, not both.");
    if (given(props->application_log_level) && app_v2)
        ccdk__error(fn, "Only define applicationLogLevel or applicationLogLevelV2, not both.");
    if (given(props->system_log_level) && sys_v2)
        ccdk__error(fn, "Only define systemLogLevel or systemLogLevelV2, not both.");
    if (given(props->application_log_level) || app_v2 || given(props->system_log_level) || sys_v2) {
        /* props.logFormat !== LogFormat.JSON && props.loggingFormat === undefined */
        if ((!props->log_format || strcmp(props->log_format, "JSON")) && !logging_format)
            ccdk__error(fn, "To use ApplicationLogLevel and/or SystemLogLevel you must set LogFormat to 'JSON', got '%s'.",
                        props->log_format ? props->log_format : "undefined");
        /* props.loggingFormat !== LoggingFormat.JSON && props.logFormat === undefined */
        else if (props->logging_format != CCDK_LAMBDA_LOGGING_FORMAT_JSON && !props->log_format)
            ccdk__error(fn, "To use ApplicationLogLevel and/or SystemLogLevel you must set LoggingFormat to 'JSON', got '%s'.",
                        logging_format ? logging_format : "undefined");
    }
    if (!given(props->log_format) && !props->log_group && !logging_format)
        return;
    /* {logFormat: logFormat || loggingFormat, systemLogLevel: ... || V2, applicationLogLevel: ... || V2,
     * logGroup: props.logGroup?.logGroupName}, rendered by CfnFunction in its property order */
    ccdk_value *lc = ccdk__v_obj(app);
    const char *app_level = given(props->application_log_level) ? props->application_log_level : app_v2;
    const char *sys_level = given(props->system_log_level) ? props->system_log_level : sys_v2;
    const char *format = given(props->log_format) ? props->log_format : logging_format;
    if (app_level)
        ccdk__v_set(lc, "ApplicationLogLevel", ccdk__v_from_string(app, app_level));
    if (format)
        ccdk__v_set(lc, "LogFormat", ccdk__v_from_string(app, format));
    if (props->log_group)
        ccdk__v_set(lc, "LogGroup", ccdk__v_from_string(app, ccdk_logs_log_group_name(props->log_group)));
    if (sys_level)
        ccdk__v_set(lc, "SystemLogLevel", ccdk__v_from_string(app, sys_level));
    ccdk__res_set(fn->resource, "LoggingConfig", lc);
}

/* new logs.LogRetention(this, id, {logGroupName: `/aws/lambda/${functionName}`, ...}) and
 * LogGroup.fromLogGroupArn(this, import_id, logRetention.logGroupArn) */
static ccdk_logs_log_group *log_retention(ccdk_lambda_function *fn, const char *import_id, ccdk_logs_retention_days retention,
                                          const ccdk_lambda_function_props *props)
{
    ccdk_app *app = fn->base.node.app;
    ccdk_logs_log_retention_props lp = {
        .log_group_name = ccdk__sprintf(app, "/aws/lambda/%s", fn->base.name),
        .retention = retention,
    };
    if (props) {
        lp.role = props->log_retention_role;
        lp.log_retention_retry_options = props->log_retention_retry_options;
        lp.removal_policy = props->log_removal_policy;
    }
    ccdk_logs_log_retention *lr = ccdk_logs_log_retention_new(fn, "LogRetention", &lp);
    return ccdk_logs_log_group_from_log_group_arn(fn, import_id, ccdk_logs_log_retention_log_group_arn(lr));
}

void ccdk__fn_step_log_group(ccdk__fn_ctor *c)
{
    ccdk_lambda_function *fn = c->fn;
    const ccdk_lambda_function_props *props = c->props;
    fn->log_group = props->log_group; /* this._logGroup = props.logGroup (after the tracing) */
    int managed = ccdk__feature_flag(&fn->base.node, "@aws-cdk/aws-lambda:useCdkManagedLogGroup");
    if (props->log_removal_policy) {
        if (props->log_group)
            ccdk__error(fn, "Cannot use `logRemovalPolicy` and `logGroup` together. Please set the removal policy on the "
                            "logGroup directly");
        if (managed)
            ccdk__error(fn, "Cannot use `logRemovalPolicy` and `@aws-cdk/aws-lambda:useCdkManagedLogGroup` flag together. "
                            "Please set the removal policy on the automatically created log group directly");
    }
    if (props->log_retention != CCDK_LOGS_RETENTION_UNSET && c->enums_ok) { /* else an error already, once */
        if (props->log_group)
            ccdk__error(fn, "CDK does not support setting logRetention and logGroup");
        fn->log_group = log_retention(fn, "LogGroup", props->log_retention, props);
    } else if (!props->log_group && managed) {
        fn->log_group = ccdk_logs_log_group_new(fn, "LogGroup", &(ccdk_logs_log_group_props){
                                                                    .log_group_name = ccdk__sprintf(c->app, "/aws/lambda/%s", fn->base.name),
                                                                });
    }
}

ccdk_logs_log_group *ccdk_lambda_function_log_group(ccdk_lambda_function *fn)
{
    if (!fn || !ccdk__handle_ok(fn, __func__))
        return NULL;
    ccdk_lambda_function *f = ccdk__as_function(fn);
    if (!f) {
        ccdk__error(fn, "logGroup is only available on a lambda.Function");
        return NULL;
    }
    /* get logGroup(): a LogRetention with INFINITE retention on first use */
    if (!f->log_group)
        f->log_group = log_retention(f, ccdk__sprintf(f->base.node.app, "%s-LogGroup", f->base.node.id),
                                     CCDK_LOGS_RETENTION_INFINITE, NULL);
    return f->log_group;
}
