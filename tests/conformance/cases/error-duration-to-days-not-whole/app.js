// Conformance case 'error-duration-to-days-not-whole': duration.test.ts's 'Duration in seconds': Duration.seconds(300).toDays() ('300 seconds' cannot be converted into a whole number of days.)
'use strict';
const cdk = require('aws-cdk-lib');
const { Duration } = cdk;

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
new cdk.CfnOutput(stack, 'A', { value: String(Duration.seconds(300).toDays()) });
app.synth();
