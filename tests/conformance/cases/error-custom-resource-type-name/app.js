// Conformance case 'error-custom-resource-type-name': a CustomResource type name with a dot: aws-cdk-lib's error, nothing written.
'use strict';
const cdk = require('aws-cdk-lib');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
new cdk.CustomResource(stack, 'Resource', { serviceToken: 'arn:aws:lambda:us-east-1:123456789012:function:provider', resourceType: 'Custom::My.Resource' });
app.synth();
