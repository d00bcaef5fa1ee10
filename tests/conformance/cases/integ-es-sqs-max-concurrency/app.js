// Conformance case 'integ-es-sqs-max-concurrency': aws-cdk's integ.sqs-max-concurrency.ts (framework-integ/test/aws-lambda-event-sources); the IntegTest dropped; app.synth() added (the integ runner synthesizes)
'use strict';
const cdk = require('aws-cdk-lib');
const sqs = require('aws-cdk-lib/aws-sqs');
const lambda = require('aws-cdk-lib/aws-lambda');
const eventsources = require('aws-cdk-lib/aws-lambda-event-sources');

// test-function.ts's TestFunction (its STANDARD_NODEJS_RUNTIME is Runtime.NODEJS_18_X)
class TestFunction extends lambda.Function {
  constructor(scope, id) {
    super(scope, id, {
      handler: 'index.handler',
      code: lambda.Code.fromInline(`exports.handler = ${handler.toString()}`),
      runtime: lambda.Runtime.NODEJS_18_X,
    });
  }
}

async function handler(event) {
  console.log('event:', JSON.stringify(event, undefined, 2));
  return { event };
}

class SqsEventSourceTest extends cdk.Stack {
  constructor(scope, id) {
    super(scope, id);

    const fn = new TestFunction(this, 'F');
    const queue = new sqs.Queue(this, 'Q');

    fn.addEventSource(new eventsources.SqsEventSource(queue, {
      batchSize: 5,
      maxConcurrency: 5,
    }));
  }
}

const app = new cdk.App();
new SqsEventSourceTest(app, 'sqs-event-source-max-concurrency');
app.synth();
