// Conformance case 'error-ssm-string-parameter-attributes-string-list': fromStringParameterAttributes
// with the deprecated type STRING_LIST (parameter.test.ts 'fromStringParameterAttributes list type throws error').
'use strict';
const cdk = require('aws-cdk-lib');
const ssm = require('aws-cdk-lib/aws-ssm');
const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
ssm.StringParameter.fromStringParameterAttributes(stack, 'my-param-name', {
  parameterName: 'my-param-name',
  type: ssm.ParameterType.STRING_LIST,
});
app.synth();
