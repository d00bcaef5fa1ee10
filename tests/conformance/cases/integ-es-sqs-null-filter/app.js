// Conformance case 'integ-es-sqs-null-filter': aws-cdk's integ.sqs-null-filter.ts (framework-integ/test/aws-lambda-event-sources); the IntegTest dropped; app.synth() added (the integ runner synthesizes)
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

const app = new cdk.App();

const stack = new cdk.Stack(app, 'lambda-event-source-filter-criteria-null');

const fn = new TestFunction(stack, 'Func');
const queue = new sqs.Queue(stack, 'Queue');

fn.addEventSource(new eventsources.SqsEventSource(queue, {
  batchSize: 5,
  filters: [
    lambda.FilterCriteria.filter({
      body: {
        id: lambda.FilterRule.null(),
      },
    }),
  ],
}));

app.synth();
