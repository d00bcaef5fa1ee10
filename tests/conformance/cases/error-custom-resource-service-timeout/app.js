// Conformance case 'error-custom-resource-service-timeout': a CustomResource serviceTimeout over 3600 seconds: aws-cdk-lib's error, nothing written.
'use strict';
const cdk = require('aws-cdk-lib');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
new cdk.CustomResource(stack, 'Resource', { serviceToken: 'arn:aws:lambda:us-east-1:123456789012:function:provider', serviceTimeout: cdk.Duration.minutes(61) });
app.synth();
