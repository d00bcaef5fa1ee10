// Conformance case 'error-destination-imported-without-role': an SQS destination of an imported
// version whose function has no role: the queue's grant needs the grantee's policy fragment.
// Upstream: none (found while porting lambda-version.test.ts 'event invoke config on imported
// versions' with a destination).
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const sqs = require('aws-cdk-lib/aws-sqs');
const destinations = require('aws-cdk-lib/aws-lambda-destinations');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const queue = new sqs.Queue(stack, 'Queue');
const importedVersion = lambda.Version.fromVersionArn(stack, 'ImportedVersion',
  'arn:aws:lambda:region:account-id:function:function-name:version1');
importedVersion.configureAsyncInvoke({ onFailure: new destinations.SqsDestination(queue) });

app.synth();
