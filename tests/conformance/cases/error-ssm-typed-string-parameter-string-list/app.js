// Conformance case 'error-ssm-typed-string-parameter-string-list': the deprecated
// valueForTypedStringParameter with ParameterType.STRING_LIST.
// Upstream: aws-ssm/test/parameter.test.ts 'fails if type is STRING_LIST (valueForTypedStringParameter)'.
'use strict';
const cdk = require('aws-cdk-lib');
const ssm = require('aws-cdk-lib/aws-ssm');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
ssm.StringParameter.valueForTypedStringParameter(stack, '/my/list', ssm.ParameterType.STRING_LIST);
app.synth();
