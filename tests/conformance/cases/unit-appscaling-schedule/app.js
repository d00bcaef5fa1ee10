// Conformance case 'unit-appscaling-schedule'
// Upstream: aws-applicationautoscaling/test/schedule.test.ts, the tests that compute an
// expressionString: each expression is a CfnOutput of one stack (the rate of a Lazy number
// resolves there).
'use strict';
const cdk = require('aws-cdk-lib');
const appscaling = require('aws-cdk-lib/aws-applicationautoscaling');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'ScheduleStack');
const out = (id, schedule) => new cdk.CfnOutput(stack, id, { value: schedule.expressionString });

// 'test utc cron, hour only', 'test utc cron, hour and minute'
out('CronHourOnly', appscaling.Schedule.cron({ hour: '18', minute: '0' }));
out('CronHourMinute', appscaling.Schedule.cron({ hour: '18', minute: '24' }));
// 'rate can be in seconds', 'rate can be token', 'rate can be in allowed type hours'
out('RateSeconds', appscaling.Schedule.rate(cdk.Duration.seconds(120)));
out('RateToken', appscaling.Schedule.rate(cdk.Duration.minutes(cdk.Lazy.number({ produce: () => 5 }))));
out('RateHours', appscaling.Schedule.rate(cdk.Duration.hours(1)));
// 'test using a literal schedule expression'
out('Expression', appscaling.Schedule.expression('cron(0 18 * * ? *)'));
// 'test using at with a specific Date'
out('At', appscaling.Schedule.at(new Date(Date.UTC(2021, 10, 26))));

app.synth();
