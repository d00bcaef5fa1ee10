// Conformance case 'error-duration-parse-invalid': duration.test.ts's 'reject illegal parses': Duration.parse('PT1D') (Not a valid ISO duration: PT1D, no path)
'use strict';
const cdk = require('aws-cdk-lib');
const { Duration } = cdk;

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
new cdk.CfnOutput(stack, 'A', { value: String(Duration.parse('PT1D').toSeconds()) });
app.synth();
