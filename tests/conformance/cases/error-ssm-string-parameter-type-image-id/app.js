// Conformance case 'error-ssm-string-parameter-type-image-id': new StringParameter with the deprecated
// type AWS_EC2_IMAGE_ID (parameter.test.ts 'type cannot be specified as AWS_EC2_IMAGE_ID').
'use strict';
const cdk = require('aws-cdk-lib');
const ssm = require('aws-cdk-lib/aws-ssm');
const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
new ssm.StringParameter(stack, 'myParam', { stringValue: 'myValue', type: ssm.ParameterType.AWS_EC2_IMAGE_ID });
app.synth();
