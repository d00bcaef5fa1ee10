// Conformance case 'unit-singleton-lambda-log-group': singleton-lambda.test.ts 'logGroup is correctly
// returned': singleton.logGroup (the function's: with no logGroup and no logRetention, a LogRetention
// with INFINITE retention and an import of its ARN), its name and ARN as outputs; a second
// declaration's logGroup is the same one. And 'runtime is correctly returned' as an output.
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const props = {
  uuid: '84c0de93-353f-4217-9b0b-45b6c993251a',
  code: new lambda.InlineCode('def hello(): pass'),
  runtime: lambda.Runtime.PYTHON_3_9,
  handler: 'index.hello',
  timeout: cdk.Duration.minutes(5),
};
const singleton = new lambda.SingletonFunction(stack, 'Singleton', props);
new cdk.CfnOutput(stack, 'LogGroupName', { value: singleton.logGroup.logGroupName });
new cdk.CfnOutput(stack, 'LogGroupArn', { value: singleton.logGroup.logGroupArn });
const again = new lambda.SingletonFunction(stack, 'Again', props);
new cdk.CfnOutput(stack, 'SameLogGroup', { value: String(again.logGroup === singleton.logGroup) });
new cdk.CfnOutput(stack, 'Runtime', { value: again.runtime.name });
app.synth();
