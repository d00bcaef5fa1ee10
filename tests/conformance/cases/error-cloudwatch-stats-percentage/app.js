// Conformance case 'error-cloudwatch-stats-percentage': Stats.trimmedMean with a bound over 100
// throws (stats.ts).
'use strict';
const cdk = require('aws-cdk-lib');
const cw = require('aws-cdk-lib/aws-cloudwatch');

const app = new cdk.App();
new cdk.Stack(app, 'TestStack');
cw.Stats.trimmedMean(10, 101.5);
app.synth();
