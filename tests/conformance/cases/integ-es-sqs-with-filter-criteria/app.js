// Conformance case 'integ-es-sqs-with-filter-criteria': aws-cdk's integ.sqs-with-filter-criteria.ts (framework-integ/test/aws-lambda-event-sources); the IntegTest dropped
'use strict';
const cdk = require('aws-cdk-lib');
const sqs = require('aws-cdk-lib/aws-sqs');
const lambda = require('aws-cdk-lib/aws-lambda');
const eventsources = require('aws-cdk-lib/aws-lambda-event-sources');
const kms = require('aws-cdk-lib/aws-kms');

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

const app = new cdk.App();

const stack = new cdk.Stack(app, 'lambda-event-source-filter-criteria-sqs');

const fn = new TestFunction(stack, 'F');
const queue = new sqs.Queue(stack, 'Q');

fn.addEventSource(new eventsources.SqsEventSource(queue, {
  batchSize: 5,
  filters: [
    lambda.FilterCriteria.filter({
      body: {
        id: lambda.FilterRule.exists(),
      },
    }),
  ],
}));

const myKey = new kms.Key(stack, 'fc-test-key-name', {
  removalPolicy: cdk.RemovalPolicy.DESTROY,
  pendingWindow: cdk.Duration.days(7),
  description: 'KMS key for test fc encryption',
});

const fn2 = new TestFunction(stack, 'F2');

fn2.addEventSource(new eventsources.SqsEventSource(queue, {
  batchSize: 5,
  filters: [
    lambda.FilterCriteria.filter({
      body: {
        id: lambda.FilterRule.exists(),
      },
    }),
  ],
  filterEncryption: myKey,
}));

app.synth();
