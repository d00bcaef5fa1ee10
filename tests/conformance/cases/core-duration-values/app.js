// Conformance case 'core-duration-values': duration.test.ts's Duration values written into a
// resource's properties (numbers) and outputs (strings): conversions with and without integral,
// toIsoString, Duration.parse, toHumanString (a Lazy number too), toString, unitLabel,
// formatTokenToNumber (a Lazy number: resolved in the output), plus and minus
'use strict';
const cdk = require('aws-cdk-lib');
const { Duration, Lazy } = cdk;

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const nums = {};
const strs = [];
const num = (k, v) => { nums[k] = v; };
const str = (v) => strs.push(v);

// conversions
for (const [k, d] of [['s300', Duration.seconds(300)], ['m5', Duration.minutes(5)], ['h5', Duration.hours(5)], ['d1', Duration.days(1)]]) {
  num(`${k}.seconds`, d.toSeconds());
  num(`${k}.minutes`, d.toMinutes());
  num(`${k}.millis`, d.toMilliseconds());
  num(`${k}.days`, d.toDays({ integral: false }));
  num(`${k}.hoursFrac`, d.toHours({ integral: false }));
}
num('s86400.days', Duration.seconds(60 * 60 * 24).toDays());
num('m1440.days', Duration.minutes(60 * 24).toDays());
num('h24.days', Duration.hours(24).toDays());
num('m5.5.minutes', Duration.minutes(5.5).toMinutes({ integral: false }));
num('m9/8.seconds', Duration.minutes(9 / 8).toSeconds({ integral: false }));
num('m5/4.seconds', Duration.minutes(5 / 4).toSeconds({ integral: false }));
num('m10.seconds', Duration.minutes(10).toSeconds({ integral: false }));
num('s45.minutes', Duration.seconds(45).toMinutes({ integral: false }));
num('s120.minutes', Duration.seconds(120).toMinutes());
// toIsoString
for (const d of [Duration.millis(0), Duration.seconds(0), Duration.minutes(0), Duration.hours(0), Duration.days(0),
  Duration.millis(5), Duration.seconds(5), Duration.minutes(5), Duration.hours(5), Duration.days(5), Duration.seconds(65),
  Duration.seconds(1 + 60 * (1 + 60 * (1 + 24))), Duration.millis(1 + 1000 * (1 + 60 * (1 + 60 * (1 + 24)))),
  Duration.minutes(1.5), Duration.hours(49.25), Duration.millis(1500)]) {
  str(d.toIsoString());
}
// parse
for (const t of ['PT0.000S', 'PT0S', 'PT0M', 'PT0H', 'P0D', 'PT0.005S', 'PT0.5S', 'PT5S', 'PT5M', 'PT5H', 'P5D', 'P1DT1H1M1S', 'P1DT1H1M1.001S', 'PT1.05S', 'P2DT30M']) {
  num(`parse.${t}`, Duration.parse(t).toMilliseconds());
}
// toHumanString
for (const d of [Duration.minutes(0), Duration.minutes(Lazy.number({ produce: () => 5 })), Duration.days(1), Duration.hours(1),
  Duration.minutes(1), Duration.seconds(1), Duration.millis(1), Duration.minutes(10), Duration.minutes(62), Duration.seconds(3666),
  Duration.millis(3000), Duration.millis(3666), Duration.millis(3.6), Duration.days(2.5), Duration.seconds(0)]) {
  str(d.toHumanString());
}
// toString, unitLabel, formatTokenToNumber
str(`${Duration.hours(1)}`);
str(Duration.millis(2.5).toString());
for (const d of [Duration.minutes(Lazy.number({ produce: () => 10 })), Duration.minutes(62), Duration.seconds(10), Duration.millis(1), Duration.hours(1000), Duration.days(2)]) {
  str(d.unitLabel());
}
str(Duration.minutes(Lazy.number({ produce: () => 10 })).formatTokenToNumber());
str(Duration.hours(10).formatTokenToNumber());
str(Duration.days(5).formatTokenToNumber());
// plus and minus
num('plus.seconds', Duration.minutes(1).plus(Duration.seconds(30)).toSeconds());
num('plus.minutes', Duration.minutes(1).plus(Duration.seconds(30)).toMinutes({ integral: false }));
num('minus.seconds', Duration.minutes(1).minus(Duration.seconds(30)).toSeconds());
num('minus.minutes', Duration.minutes(1).minus(Duration.seconds(30)).toMinutes({ integral: false }));
str(Duration.hours(1).plus(Duration.days(1)).toIsoString());
str(Duration.hours(1).minus(Duration.hours(1)).toHumanString());

strs.forEach((s, i) => new cdk.CfnOutput(stack, `S${i}`, { value: s }));
new cdk.CfnResource(stack, 'Numbers', { type: 'AWS::Test::Durations', properties: nums });
app.synth();
