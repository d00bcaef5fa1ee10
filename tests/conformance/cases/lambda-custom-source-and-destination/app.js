// Conformance case 'lambda-custom-source-and-destination': an IEventSource and IDestinations of the
// user's own, as aws-cdk's function.test.ts writes them: onFailure/onSuccess objects whose bind
// returns a fixed ARN ('with event invoke config'); a destination that makes a queue under the
// EventInvokeConfig and grants the function; an event source whose bind adds a mapping and a
// permission to the target ('addEventSource calls bind').
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const iam = require('aws-cdk-lib/aws-iam');
const sqs = require('aws-cdk-lib/aws-sqs');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'Custom');
const fn = new lambda.Function(stack, 'fn', {
  code: new lambda.InlineCode('foo'),
  handler: 'index.handler',
  runtime: lambda.Runtime.NODEJS_22_X,
  onFailure: { bind: () => ({ destination: 'on-failure-arn' }) },
  onSuccess: { bind: () => ({ destination: 'on-success-arn' }) },
  maxEventAge: cdk.Duration.hours(1),
  retryAttempts: 0,
});

class QueueMaker {
  bind(scope, target, options) {
    const q = new sqs.Queue(scope, `Queue${options.type}`);
    q.grantSendMessages(target);
    return { destination: q.queueArn };
  }
}
const alias = new lambda.Alias(stack, 'Live', { aliasName: 'live', version: fn.currentVersion });
alias.configureAsyncInvoke({ onSuccess: new QueueMaker(), onFailure: new QueueMaker() });

class PollingSource {
  bind(target) {
    target.addEventSourceMapping('Mapping', { eventSourceArn: 'arn:aws:sqs:us-east-1:123456789012:jobs', batchSize: 5 });
    target.addPermission('FromEvents', { principal: new iam.ServicePrincipal('events.amazonaws.com') });
  }
}
fn.addEventSource(new PollingSource());
alias.addEventSource(new PollingSource());
app.synth();
