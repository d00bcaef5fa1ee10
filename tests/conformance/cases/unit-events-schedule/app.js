// Conformance case 'unit-events-schedule'
// Upstream: aws-events/test/schedule.test.ts, the tests that compute an expressionString: each
// expression is a CfnOutput of one stack (the rate of a Lazy number resolves there).
'use strict';
const cdk = require('aws-cdk-lib');
const events = require('aws-cdk-lib/aws-events');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'ScheduleStack');
const out = (id, schedule) => new cdk.CfnOutput(stack, id, { value: schedule.expressionString });

// 'cron expressions day and dow are mutex: given weekday / given month day / given neither'
out('CronWeekDay', events.Schedule.cron({ minute: '0/10', weekDay: 'MON-FRI' }));
out('CronMonthDay', events.Schedule.cron({ minute: '0', hour: '8', day: '1' }));
out('CronNeither', events.Schedule.cron({ minute: '0', hour: '10' }));
// 'rate can be from a token'
out('RateToken', events.Schedule.rate(cdk.Duration.minutes(cdk.Lazy.number({ produce: () => 5 }))));
// 'rate can be in minutes / days / hours / seconds'
out('RateMinutes', events.Schedule.rate(cdk.Duration.minutes(10)));
out('RateDays', events.Schedule.rate(cdk.Duration.days(10)));
out('RateHours', events.Schedule.rate(cdk.Duration.hours(10)));
out('RateSeconds', events.Schedule.rate(cdk.Duration.seconds(120)));

app.synth();
