// Conformance case 'ssm-parameter-grants': imported SSM string parameters a function reads at run
// time: grantRead on a path name and grantWrite on a simple name (their ARNs differ in the "/"),
// their parameterArn as outputs, and the value of one at deploy time in the function's environment.
'use strict';
const cdk = require('aws-cdk-lib');
const ssm = require('aws-cdk-lib/aws-ssm');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const config = ssm.StringParameter.fromStringParameterName(stack, 'Config', '/app/config');
const counter = ssm.StringParameter.fromStringParameterAttributes(stack, 'Counter', { parameterName: 'counter', simpleName: true });
const fn = new lambda.Function(stack, 'Fn', {
  runtime: lambda.Runtime.NODEJS_22_X,
  handler: 'index.handler',
  code: lambda.Code.fromInline('exports.handler = async () => "ok";'),
  environment: { CONFIG_NAME: config.parameterName, CONFIG: config.stringValue },
});
config.grantRead(fn);
counter.grantWrite(fn);
new cdk.CfnOutput(stack, 'ConfigArn', { value: config.parameterArn });
new cdk.CfnOutput(stack, 'CounterArn', { value: counter.parameterArn });
app.synth();
