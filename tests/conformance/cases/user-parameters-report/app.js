// Conformance case 'user-parameters-report': a user's app of deploy-time parameters (a stage name
// read through Fn::Sub in an environment variable, a memory size as a number, an optional alarm
// e-mail that decides a condition, a forgotten parameter): the template and validation-report.json.
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App({ context: { 'aws:cdk:disable-creation-stack-traces': true } });
const stack = new cdk.Stack(app, 'ParamsStack');
const stage = new cdk.CfnParameter(stack, 'Stage', { type: 'String', default: 'dev' });
const memory = new cdk.CfnParameter(stack, 'Memory', { type: 'Number', default: 256 });
new cdk.CfnParameter(stack, 'Forgotten', { type: 'String', default: 'x' });
const email = new cdk.CfnParameter(stack, 'AlarmEmail', { type: 'String', default: '' });
const hasEmail = new cdk.CfnCondition(stack, 'HasEmail', { expression: cdk.Fn.conditionNot(cdk.Fn.conditionEquals(email.valueAsString, '')) });
new lambda.Function(stack, 'Api', {
  runtime: lambda.Runtime.NODEJS_22_X,
  handler: 'index.handler',
  code: lambda.Code.fromInline('exports.handler = async () => "ok";'),
  memorySize: memory.valueAsNumber,
  environment: { TABLE: cdk.Fn.sub('orders-${Stage}'), STAGE: stage.valueAsString },
});
const topic = new cdk.CfnResource(stack, 'AlarmTopic', { type: 'AWS::SNS::Topic' });
topic.cfnOptions.condition = hasEmail;
app.synth();
