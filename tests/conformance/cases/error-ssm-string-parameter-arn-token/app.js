// Conformance case 'error-ssm-string-parameter-arn-token': StringParameter.fromStringParameterArn of a
// token (parameter.test.ts 'fromStringParameterArn throws ... with a token ARN').
'use strict';
const cdk = require('aws-cdk-lib');
const ssm = require('aws-cdk-lib/aws-ssm');
const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const tokenizedParam = new cdk.CfnParameter(stack, 'TokenParam', { type: 'String' }).valueAsString;
ssm.StringParameter.fromStringParameterArn(stack, 'MyParamName', tokenizedParam);
app.synth();
