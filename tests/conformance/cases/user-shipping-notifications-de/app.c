/* Conformance case 'user-shipping-notifications-de': see app.js. */
#include <ccdk/cloudwatch.h>
#include <ccdk/lambda.h>
#include <ccdk/lambda_versions.h>
#include <ccdk/sns.h>
#include <ccdk/sqs.h>

int main(void)
{
    ccdk_app *app = ccdk_app_new(NULL);
    ccdk_stack *stack = ccdk_stack_new(app, "Benachrichtigungen", &(ccdk_stack_props){
        .description = "Bestellungen – Benachrichtigungen für Kunden 🚚 „Versand“ \\ Rückfragen"});
    ccdk_sns_topic *topic = ccdk_sns_topic_new(stack, "Kundenbenachrichtigung", &(ccdk_sns_topic_props){
        .display_name = "Bestellstatus ✓"});
    ccdk_lambda_function *mailer = ccdk_lambda_function_new(stack, "Mailer Function-v2.1", &(ccdk_lambda_function_props){
        .runtime = CCDK_LAMBDA_RUNTIME_NODEJS_20_X,
        .handler = "index.handler",
        .code = ccdk_lambda_code_from_inline(stack, "// Grüße an alle Kunden ✓\nexports.handler = async () => \"Grüße\\u2028\";\n"),
        .description = "Versendet Grüße ✉️ an Kunden\u2028(Zeilentrenner)",
        .environment = CCDK_KVS({"GRUSS", "Grüß Gott 👋"},
                                {"TRENNER", "a\u2028b\u2029c"},
                                {"STEUERZEICHEN", "x\001y\177"},
                                {"VORLAGE", "Hallo\t{name},\nIhre Bestellung ist unterwegs."}),
        .memory_size = CCDK_NUM(1769),
        .timeout = ccdk_duration_seconds(0.5 * 120),
        .current_version_options = &(ccdk_lambda_version_options){.description = "Version für 🇩🇪"},
    });
    ccdk_lambda_function_add_alias(mailer, "aktuell", NULL);
    ccdk_sns_topic_grant_publish(topic, mailer);
    ccdk_sqs_queue *retries = ccdk_sqs_queue_new(stack, "Wiederholungen", &(ccdk_sqs_queue_props){
        .retention_period = ccdk_duration_hours(36)});
    ccdk_sqs_queue_grant_consume_messages(retries, mailer);
    ccdk_cloudwatch_alarm_new(stack, "Fehler-Alarm", &(ccdk_cloudwatch_alarm_props){
        .metric = ccdk_lambda_function_metric_errors(mailer, &(ccdk_cloudwatch_metric_options){
            .period = ccdk_duration_seconds(10), .label = "Fehler (μ)"}),
        .threshold = CCDK_NUM(0.1 + 0.2),
        .evaluation_periods = CCDK_NUM(1),
        .alarm_description = "Zu viele Fehler — bitte prüfen",
    });
    ccdk_tags_add(app, "Abteilung", "Logistik & Versand 📦");
    ccdk_tags_add(app, "Kostenstelle", "4711,4712");
    ccdk_cfn_output_new(stack, "Ausgabe", &(ccdk_cfn_output_props){
        .value = ccdk_lambda_function_arn(mailer), .description = "ARN der Funktion «Mailer»"});
    int rc = ccdk_app_synth(app);
    ccdk_app_free(app);
    return rc ? 1 : 0;
}
