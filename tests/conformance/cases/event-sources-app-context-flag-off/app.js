// Conformance case 'event-sources-app-context-flag-off': aws-cdk's kafka.test.ts 'msk' tests with
// @aws-cdk/aws-lambda:createNewPoliciesWithAddToRolePolicy false in the App's context, as the tests
// set it (a default: the init flags' true wins in the cli+init context, on both sides), and
// sqs.test.ts's warning test in the stack `new cdk.Stack(app)` makes ('Default'), as written
// Ported from aws-cdk: kafka.test.ts 'msk' 'default @aws-cdk/aws-lambda:createNewPoliciesWithAddToRolePolicy
// disabled', 'with secret @aws-cdk/aws-lambda:createNewPoliciesWithAddToRolePolicy disabled';
// sqs.test.ts 'warning added if lambda function imported without role'
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const sources = require('aws-cdk-lib/aws-lambda-event-sources');
const sm = require('aws-cdk-lib/aws-secretsmanager');
const sqs = require('aws-cdk-lib/aws-sqs');

const app = new cdk.App({ context: { '@aws-cdk/aws-lambda:createNewPoliciesWithAddToRolePolicy': false } });
// aws-cdk's test/test-function.ts
const testFunction = (scope, id) => new lambda.Function(scope, id, {
  handler: 'index.handler',
  code: lambda.Code.fromInline('exports.handler = async function handler(event) { return { event }; }'),
  runtime: lambda.Runtime.NODEJS_14_X,
});
const clusterArn = 'some-arn';
const kafkaTopic = 'some-topic';

{
  // the warning: "Function 'Default/Handler' was imported without an IAM role ..." on /Default/Handler
  const stack = new cdk.Stack(app);
  const fn = lambda.Function.fromFunctionName(stack, 'Handler', 'testFunction');
  const q = new sqs.Queue(stack, 'Q');
  fn.addEventSource(new sources.SqsEventSource(q));
}
{
  const stack = new cdk.Stack(app, 'MskDefault');
  const fn = testFunction(stack, 'Fn');
  fn.addEventSource(new sources.ManagedKafkaEventSource({
    clusterArn, topic: kafkaTopic, startingPosition: lambda.StartingPosition.TRIM_HORIZON,
  }));
}
{
  const stack = new cdk.Stack(app, 'MskWithSecret');
  const fn = testFunction(stack, 'Fn');
  const secret = new sm.Secret(stack, 'Secret', { secretName: 'AmazonMSK_KafkaSecret' });
  fn.addEventSource(new sources.ManagedKafkaEventSource({
    clusterArn, topic: kafkaTopic, secret, startingPosition: lambda.StartingPosition.TRIM_HORIZON,
  }));
}

app.synth();
