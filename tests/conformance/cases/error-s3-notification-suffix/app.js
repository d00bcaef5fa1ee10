// Conformance case 'error-s3-notification-suffix': two suffix rules in the filters of one
// notification to a queue (notification.test.ts: 'throws with multiple suffix rules in a filter')
'use strict';
const cdk = require('aws-cdk-lib');
const s3 = require('aws-cdk-lib/aws-s3');
const sqs = require('aws-cdk-lib/aws-sqs');
const s3n = require('aws-cdk-lib/aws-s3-notifications');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const bucket = new s3.Bucket(stack, 'MyBucket');
const queue = new sqs.Queue(stack, 'Queue');
bucket.addEventNotification(s3.EventType.OBJECT_CREATED, new s3n.SqsDestination(queue), { suffix: '.png' }, { suffix: '.zip' });
app.synth();
