// Conformance case 'event-sources-app-context-flag-on': aws-cdk's kafka.test.ts 'msk' tests that set
// @aws-cdk/aws-lambda:createNewPoliciesWithAddToRolePolicy as the tests do, in the App's context
// (`new cdk.App({ context })`, a default under CDK_CONTEXT_JSON), the first one in the stack
// `new cdk.Stack(app)` makes ('Default'); event-sources-kafka-tests sets the flag on each stack
// Ported from aws-cdk: kafka.test.ts 'msk' 'default @aws-cdk/aws-lambda:createNewPoliciesWithAddToRolePolicy
// enabled', 'with secret @aws-cdk/aws-lambda:createNewPoliciesWithAddToRolePolicy enabled'
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const sources = require('aws-cdk-lib/aws-lambda-event-sources');
const sm = require('aws-cdk-lib/aws-secretsmanager');

const app = new cdk.App({ context: { '@aws-cdk/aws-lambda:createNewPoliciesWithAddToRolePolicy': true } });
// aws-cdk's newer test/test-function.ts: NODEJS_LATEST, and its handler as ts-jest's handler.toString() gives it
async function handler(event) {
    console.log('event:', JSON.stringify(event, undefined, 2));
    return { event };
}
const testFunction = (scope, id) => new lambda.Function(scope, id, {
  handler: 'index.handler',
  code: lambda.Code.fromInline(`exports.handler = ${handler.toString()}`),
  runtime: lambda.Runtime.NODEJS_LATEST,
});
const clusterArn = 'some-arn';
const kafkaTopic = 'some-topic';

{
  const stack = new cdk.Stack(app);
  const fn = testFunction(stack, 'Fn');
  fn.addEventSource(new sources.ManagedKafkaEventSource({
    clusterArn, topic: kafkaTopic, startingPosition: lambda.StartingPosition.TRIM_HORIZON,
  }));
}
{
  const stack = new cdk.Stack(app, 'WithSecret');
  const fn = testFunction(stack, 'Fn');
  const secret = new sm.Secret(stack, 'Secret', { secretName: 'AmazonMSK_KafkaSecret' });
  fn.addEventSource(new sources.ManagedKafkaEventSource({
    clusterArn, topic: kafkaTopic, secret, startingPosition: lambda.StartingPosition.TRIM_HORIZON,
  }));
}

app.synth();
