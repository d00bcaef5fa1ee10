// Conformance case 'integ-snssubs-lambda': aws-cdk's integ.sns-lambda.ts (framework-integ/test/aws-sns-subscriptions); nothing dropped
'use strict';
const lambda = require('aws-cdk-lib/aws-lambda');
const sns = require('aws-cdk-lib/aws-sns');
const sqs = require('aws-cdk-lib/aws-sqs');
const cdk = require('aws-cdk-lib');
const subs = require('aws-cdk-lib/aws-sns-subscriptions');

// STANDARD_NODEJS_RUNTIME is Runtime.NODEJS_18_X
const STANDARD_NODEJS_RUNTIME = lambda.Runtime.NODEJS_18_X;

class SnsToLambda extends cdk.Stack {
  constructor(scope, id, props) {
    super(scope, id, props);

    const topic = new sns.Topic(this, 'MyTopic');

    const func = new lambda.Function(this, 'Echo', {
      handler: 'index.handler',
      runtime: STANDARD_NODEJS_RUNTIME,
      code: lambda.Code.fromInline(`exports.handler = ${handler.toString()}`),
    });

    topic.addSubscription(new subs.LambdaSubscription(func, {
      deadLetterQueue: new sqs.Queue(this, 'DeadLetterQueue'),
    }));

    const funcFiltered = new lambda.Function(this, 'Filtered', {
      handler: 'index.handler',
      runtime: STANDARD_NODEJS_RUNTIME,
      code: lambda.Code.fromInline(`exports.handler = ${handler.toString()}`),
    });

    topic.addSubscription(new subs.LambdaSubscription(funcFiltered, {
      filterPolicy: {
        color: sns.SubscriptionFilter.stringFilter({
          allowlist: ['red'],
          matchPrefixes: ['bl', 'ye'],
          matchSuffixes: ['ue', 'ow'],
        }),
        size: sns.SubscriptionFilter.stringFilter({
          denylist: ['small', 'medium'],
        }),
        price: sns.SubscriptionFilter.numericFilter({
          between: { start: 100, stop: 200 },
        }),
      },
    }));

    const funcFilteredWithMessageBody = new lambda.Function(this, 'FilteredMessageBody', {
      handler: 'index.handler',
      runtime: STANDARD_NODEJS_RUNTIME,
      code: lambda.Code.fromInline(`exports.handler = ${handler.toString()}`),
    });

    topic.addSubscription(new subs.LambdaSubscription(funcFilteredWithMessageBody, {
      filterPolicyWithMessageBody: {
        background: sns.FilterOrPolicy.policy({
          color: sns.FilterOrPolicy.filter(sns.SubscriptionFilter.stringFilter({
            allowlist: ['red'],
            matchPrefixes: ['bl', 'ye'],
            matchSuffixes: ['ue', 'ow'],
          })),
        }),
      },
    }));
  }
}

const app = new cdk.App({
  context: { '@aws-cdk/core:disableGitSource': true },
  postCliContext: {
    '@aws-cdk/aws-lambda:useCdkManagedLogGroup': false,
  },
});

new SnsToLambda(app, 'aws-cdk-sns-lambda');

app.synth();

function handler(event, _context, callback) {
  console.log('====================================================');
  console.log(JSON.stringify(event, undefined, 2));
  console.log('====================================================');
  return callback(undefined, event);
}
