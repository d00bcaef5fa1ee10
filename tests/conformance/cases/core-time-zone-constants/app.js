// Conformance case 'core-time-zone-constants': core TimeZone members as a schedule's time zone:
// scaleOnSchedule on an alias's provisioned concurrency with TimeZone.EUROPE_LONDON, a name with
// '-' (AMERICA_PORT_MINUS_AU_MINUS_PRINCE), an Etc/GMT offset zone, one of the legacy zones (CET)
// and TimeZone.of; AlarmMuteRule schedules with TimeZone.ETC_UTC (at) and ASIA_KOLKATA (cron).
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const appscaling = require('aws-cdk-lib/aws-applicationautoscaling');
const cloudwatch = require('aws-cdk-lib/aws-cloudwatch');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const fn = new lambda.Function(stack, 'MyFunction', {
  runtime: lambda.Runtime.NODEJS_22_X,
  handler: 'index.handler',
  code: lambda.Code.fromInline('exports.handler = async () => {};'),
});
const live = fn.addAlias('live');
const scaling = live.addAutoScaling({ maxCapacity: 20 });
const zones = [
  ['London', cdk.TimeZone.EUROPE_LONDON],
  ['PortAuPrince', cdk.TimeZone.AMERICA_PORT_MINUS_AU_MINUS_PRINCE],
  ['Kiritimati', cdk.TimeZone.ETC_GMT_MINUS_14],
  ['Cet', cdk.TimeZone.CET],
  ['Of', cdk.TimeZone.of('Europe/Berlin')],
];
for (const [id, timeZone] of zones) {
  scaling.scaleOnSchedule(id, {
    schedule: appscaling.Schedule.cron({ minute: '0', hour: '8' }),
    minCapacity: 5,
    timeZone,
  });
}
const errors = fn.metricErrors().createAlarm(stack, 'Errors', { threshold: 1, evaluationPeriods: 1 });
errors.addAlarmMuteRule('Once', {
  schedule: cloudwatch.ScheduleExpression.at({ year: 2030, month: 1, day: 2, hour: 3, minute: 4 }, cdk.TimeZone.ETC_UTC),
  duration: cdk.Duration.hours(1),
});
errors.addAlarmMuteRule('Nightly', {
  schedule: cloudwatch.ScheduleExpression.cron({ minute: '30', hour: '1', timeZone: cdk.TimeZone.ASIA_KOLKATA }),
  duration: cdk.Duration.hours(2),
});
app.synth();
