// Conformance case 'error-duration-fraction-not-whole': duration.test.ts's 'convert fractional minutes to minutes': Duration.minutes(0.5).toMinutes() (0.5 must be a whole number of minutes.)
'use strict';
const cdk = require('aws-cdk-lib');
const { Duration } = cdk;

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
new cdk.CfnOutput(stack, 'A', { value: String(Duration.minutes(0.5).toMinutes()) });
app.synth();
