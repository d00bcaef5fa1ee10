// Conformance case 'cloudwatch-stat-unicode-space': the sides of a range statistic (TM(a:b), TC, WM,
// ...) are trimmed with JavaScript's String.prototype.trim, which strips Unicode's white space too
// (U+00A0, U+3000, U+2028, U+FEFF, U+200A): such a statistic parses (and 'tm' is made 'TM') as in
// aws-cdk-lib's parseNumberAndPercent; both sides blank stays unparsed.
'use strict';
const cdk = require('aws-cdk-lib');
const cw = require('aws-cdk-lib/aws-cloudwatch');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'S');
const stats = ['TM(\u00a010%:90%\u3000)', 'tm(\u2028 10%:)', 'TC(\ufeff:500)', 'TM( 10%:\u200a)', 'wm(\u00a0\u00a0:\u3000)'];
stats.forEach((st, i) => {
  const m = new cw.Metric({ namespace: 'N', metricName: 'M' + i, statistic: st });
  new cw.Alarm(stack, 'A' + i, { metric: m, threshold: 1, evaluationPeriods: 1 });
});
app.synth();
