// Conformance case 'error-duration-minus-negative': duration.minus giving a negative amount (Duration amounts cannot be negative. Received: -30)
'use strict';
const cdk = require('aws-cdk-lib');
const { Duration } = cdk;

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
new cdk.CfnOutput(stack, 'A', { value: Duration.seconds(30).minus(Duration.minutes(1)).toIsoString() });
app.synth();
