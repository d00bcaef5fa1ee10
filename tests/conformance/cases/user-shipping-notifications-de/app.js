// Conformance case 'user-shipping-notifications-de': an app as a German team writes it, in its own
// language: descriptions, display names, alarm texts, labels and environment values with umlauts,
// typographic quotes, emoji, a line separator (U+2028) and control characters; inline code with
// non-ASCII text; construct ids with spaces, dots and dashes; a currentVersion
// with a non-ASCII description under an alias; a 10-second alarm period and a computed threshold
// (0.1 + 0.2); tags whose values the queue's and the role's schemas refuse ('&', ',' and an emoji:
// the template validation's F3031 in validation-report.json, compared).
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const sqs = require('aws-cdk-lib/aws-sqs');
const sns = require('aws-cdk-lib/aws-sns');
const cloudwatch = require('aws-cdk-lib/aws-cloudwatch');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'Benachrichtigungen', {
  description: 'Bestellungen – Benachrichtigungen für Kunden 🚚 „Versand“ \\ Rückfragen',
});
const topic = new sns.Topic(stack, 'Kundenbenachrichtigung', { displayName: 'Bestellstatus ✓' });
const mailer = new lambda.Function(stack, 'Mailer Function-v2.1', {
  runtime: lambda.Runtime.NODEJS_20_X,
  handler: 'index.handler',
  code: lambda.Code.fromInline('// Grüße an alle Kunden ✓\nexports.handler = async () => "Grüße\\u2028";\n'),
  description: 'Versendet Grüße ✉️ an Kunden\u2028(Zeilentrenner)',
  environment: {
    GRUSS: 'Grüß Gott 👋',
    TRENNER: 'a\u2028b\u2029c',
    STEUERZEICHEN: 'x\u0001y\u007f',
    VORLAGE: 'Hallo\t{name},\nIhre Bestellung ist unterwegs.',
  },
  memorySize: 1769,
  timeout: cdk.Duration.seconds(0.5 * 120),
  currentVersionOptions: { description: 'Version für 🇩🇪' },
});
mailer.addAlias('aktuell');
topic.grantPublish(mailer);
const retries = new sqs.Queue(stack, 'Wiederholungen', { retentionPeriod: cdk.Duration.hours(36) });
retries.grantConsumeMessages(mailer);
new cloudwatch.Alarm(stack, 'Fehler-Alarm', {
  metric: mailer.metricErrors({ period: cdk.Duration.seconds(10), label: 'Fehler (μ)' }),
  threshold: 0.1 + 0.2,
  evaluationPeriods: 1,
  alarmDescription: 'Zu viele Fehler — bitte prüfen',
});
cdk.Tags.of(app).add('Abteilung', 'Logistik & Versand 📦');
cdk.Tags.of(app).add('Kostenstelle', '4711,4712');
new cdk.CfnOutput(stack, 'Ausgabe', { value: mailer.functionArn, description: 'ARN der Funktion «Mailer»' });
app.synth();
