// Conformance case 'error-ssm-string-parameter-arn-region': StringParameter.fromStringParameterArn
// with an ARN of another region than the stack's.
// Upstream: aws-ssm/test/parameter.test.ts 'fromStringParameterArn throws error when StringParameterArn is in a different region'.
'use strict';
const cdk = require('aws-cdk-lib');
const ssm = require('aws-cdk-lib/aws-ssm');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack', { env: { account: '123456789012', region: 'us-west-2' } });
ssm.StringParameter.fromStringParameterArn(stack, 'Shared', 'arn:aws:ssm:us-east-1:123456789012:parameter/dummyName');
app.synth();
