// Conformance case 'singleton-function-delegation': SingletonFunction is a construct of its own that
// delegates to the stack's one Function: grants, permissions, event sources, URLs, dependencies.
'use strict';
const cdk = require('aws-cdk-lib');
const { Construct } = require('constructs');
const lambda = require('aws-cdk-lib/aws-lambda');
const iam = require('aws-cdk-lib/aws-iam');
const sqs = require('aws-cdk-lib/aws-sqs');
const sources = require('aws-cdk-lib/aws-lambda-event-sources');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const group = new Construct(stack, 'Group');
const props = {
  uuid: '84c0de93-353f-4217-9b0b-45b6c993251a',
  runtime: lambda.Runtime.NODEJS_20_X,
  handler: 'index.handler',
  code: lambda.Code.fromAsset('lambda-handler'),
};
const first = new lambda.SingletonFunction(stack, 'First', props);
const second = new lambda.SingletonFunction(group, 'Second', props);
first.grantInvoke(new iam.ServicePrincipal('events.amazonaws.com'));
second.addPermission('S3', { principal: new iam.ServicePrincipal('s3.amazonaws.com'), sourceAccount: '123456789012' });
const queue = new sqs.Queue(stack, 'Queue');
second.addEventSource(new sources.SqsEventSource(queue, { batchSize: 5 }));
first.addEnvironment('STAGE', 'prod');
first.addFunctionUrl({ authType: lambda.FunctionUrlAuthType.NONE });
const role = new iam.Role(stack, 'Caller', { assumedBy: new iam.AccountRootPrincipal() });
second.grantInvoke(role);
const waits = new cdk.CfnResource(stack, 'Waits', { type: 'AWS::SNS::Topic' });
first.dependOn(waits);
first.addDependency(queue);
new cdk.CfnOutput(stack, 'Arn', { value: second.functionArn });
new cdk.CfnOutput(stack, 'Name', { value: first.functionName });
app.synth();
