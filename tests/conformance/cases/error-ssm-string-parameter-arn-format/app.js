// Conformance case 'error-ssm-string-parameter-arn-format': StringParameter.fromStringParameterArn
// with an ARN that is not six ":"-separated parts.
// Upstream: aws-ssm/test/parameter.test.ts 'fromStringParameterArn throws error when StringParameterArn is an invalid format'.
'use strict';
const cdk = require('aws-cdk-lib');
const ssm = require('aws-cdk-lib/aws-ssm');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
ssm.StringParameter.fromStringParameterArn(stack, 'Shared', 'arn:aws:ssm:us-east-1:123456789012:parameter:dummyName');
app.synth();
